//! The listening side of `serve`: hyper (HTTP/1) on a small tokio runtime in a
//! background thread, so the watcher and rebuild loop keep their own thread.
//! This is where the door's limits are set: a cap on open connections (more
//! wait in the kernel's queue), a bounded request head (431) read within a
//! time limit, and an accept loop that outlives errors such as EMFILE.

use super::door::Door;
use super::http;
use super::memory::Live;
use anyhow::{Context as _, Result};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// Connections served at once; further ones wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// The most a request head (request line and headers) may take in memory.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// Header fields per request.
const MAX_HEADERS: usize = 100;
/// Time a client has to send a complete request head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);
/// Pause after a failed accept (e.g. out of file descriptors) before retrying.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Serves `live` on `listener` from a background thread until the process ends.
pub fn start(listener: TcpListener, live: Arc<Live>, bind: &str) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("sala-http")
        .enable_all()
        .build()
        .with_context(|| crate::t!("serve-cannot-start"))?;
    listener
        .set_nonblocking(true)
        .with_context(|| crate::t!("serve-cannot-start"))?;
    let listener = {
        let _context = runtime.enter();
        tokio::net::TcpListener::from_std(listener)
            .with_context(|| crate::t!("serve-cannot-start"))?
    };
    let door = Arc::new(Door::new(live, bind));
    std::thread::Builder::new()
        .name("sala-accept".into())
        .spawn(move || runtime.block_on(accept_loop(listener, door)))
        .with_context(|| crate::t!("serve-cannot-start"))?;
    Ok(())
}

async fn accept_loop(listener: tokio::net::TcpListener, door: Arc<Door>) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES)
        .max_headers(MAX_HEADERS);
    let mut last_complaint: Option<Instant> = None;
    loop {
        // The semaphore is never closed, so this only waits for a free slot.
        let Ok(slot) = slots.clone().acquire_owned().await else {
            continue;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors, say: wait for some to close. Said
                // once a second at most, not at every retry.
                if last_complaint.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
                    eprintln!("serve: cannot accept a connection: {e}");
                    last_complaint = Some(Instant::now());
                }
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let local = stream.local_addr().ok().map(|a| a.ip());
        let door = door.clone();
        let service = service_fn(move |req| {
            let door = door.clone();
            async move { Ok::<_, std::convert::Infallible>(http::handle(&door, local, req).await) }
        });
        let conn = builder.serve_connection(TokioIo::new(stream), service);
        tokio::spawn(async move {
            // A client that goes away mid-request is not worth a message.
            let _ = conn.await;
            drop(slot);
        });
    }
}
