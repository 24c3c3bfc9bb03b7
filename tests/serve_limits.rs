//! `sala serve` under hostile or heavy clients: a huge declared body, an
//! oversized header (431) and URL (414) refused at once, hundreds of idle
//! connections, and running out of file descriptors, with pages still served.

mod common;
use common::http::{get, raw};
use common::{serve as start, site};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

#[test]
fn a_huge_declared_body_is_refused_at_once_without_reading_it() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let t = Instant::now();
    let r = raw(
        server.port,
        b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999\r\n\r\nfirst bytes",
    );
    assert!(r.starts_with("HTTP/1.1 405 "), "{r}");
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "took {:?}",
        t.elapsed()
    );
    assert_eq!(get(server.port, "/vi/").0, 200);
}

#[test]
fn a_header_too_large_to_hold_is_refused_with_431() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // Sent from another thread: the server stops reading long before 1 MB.
    let mut writer = s.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let big = format!(
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {}\r\n\r\n",
            "a".repeat(1 << 20)
        );
        let _ = writer.write_all(big.as_bytes());
    });
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let r = String::from_utf8_lossy(&raw);
    assert!(r.starts_with("HTTP/1.1 431 "), "{r}");
    let _ = sender.join();
    assert_eq!(get(server.port, "/vi/").0, 200, "still serving");
}

#[test]
fn a_url_longer_than_8_kib_is_refused_with_414() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let (status, _) = get(server.port, &format!("/vi/{}", "a".repeat(20_000)));
    assert_eq!(status, 414);
    let (status, _) = get(server.port, &format!("/vi/?q={}", "a".repeat(7_000)));
    assert_eq!(status, 200, "a long but reasonable URL is still served");
}

#[test]
fn hundreds_of_idle_connections_make_new_ones_wait_not_fail() {
    let dir = site("multilingual");
    let server = start(dir.path());
    let connect = || TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    let mut idle: Vec<TcpStream> = (0..300).map(|_| connect()).collect();
    // Past the cap (256), a request waits in the listen queue, unanswered.
    let mut waiting = connect();
    waiting
        .write_all(b"GET /vi/ HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    assert!(
        waiting.read(&mut [0u8; 1]).is_err(),
        "answered past the cap"
    );
    // Some idle clients go away: the connections waiting behind them are taken.
    idle.drain(..100);
    waiting
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut answer = Vec::new();
    let _ = waiting.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.0 200 "), "{answer}");
    drop(idle);
    for _ in 0..20 {
        assert_eq!(get(server.port, "/en/").0, 200, "still accepting");
    }
}

#[test]
fn running_out_of_file_descriptors_does_not_stop_the_server() {
    let dir = site("multilingual");
    let server = common::serve_with_fd_limit(dir.path(), 48);
    let clients: Vec<TcpStream> = (0..80)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect"))
        .collect();
    let t = Instant::now();
    while !server
        .stderr()
        .to_lowercase()
        .contains("too many open files")
    {
        assert!(t.elapsed() < Duration::from_secs(10), "{}", server.stderr());
        std::thread::sleep(Duration::from_millis(25));
    }
    drop(clients);
    let t = Instant::now();
    assert_eq!(get(server.port, "/vi/").0, 200);
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );
}
