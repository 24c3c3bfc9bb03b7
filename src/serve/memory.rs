//! The site `serve` shows, held in memory: files by path, a version that goes
//! up after every rebuild, and the errors of the last build (for the overlay).
//! The status is a `tokio` watch channel, so a long-polling browser waits on
//! it without holding a thread.

use crate::diagnostics::Diagnostic;
use crate::output::Sink;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::watch;

#[derive(Default)]
pub struct Files {
    map: RwLock<HashMap<String, Arc<Vec<u8>>>>,
}

impl Files {
    pub fn get(&self, path: &str) -> Option<Arc<Vec<u8>>> {
        self.map.read().ok()?.get(path).cloned()
    }

    pub fn take(self) -> HashMap<String, Arc<Vec<u8>>> {
        self.map.into_inner().unwrap_or_default()
    }
}

impl Sink for Files {
    fn write(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        // The same confinement as on disk, so a preview never differs from a build.
        let rel = crate::output::confine::confine(rel).map_err(anyhow::Error::msg)?;
        if let Ok(mut m) = self.map.write() {
            m.insert(rel.to_string(), Arc::new(bytes.to_vec()));
        }
        Ok(())
    }
}

/// Status shown to the browser: a version and the current errors.
#[derive(Clone, Default)]
pub struct Status {
    pub version: u64,
    pub errors: Vec<Diagnostic>,
}

pub struct Live {
    pub files: Files,
    status: watch::Sender<Status>,
}

impl Default for Live {
    fn default() -> Self {
        Live {
            files: Files::default(),
            status: watch::Sender::new(Status::default()),
        }
    }
}

impl Live {
    /// Replaces every file (after a full build).
    pub fn replace(&self, files: Files) {
        if let Ok(mut m) = self.files.map.write() {
            *m = files.take();
        }
    }

    /// Publishes a new version with the errors of the build that made it.
    pub fn publish(&self, errors: Vec<Diagnostic>) {
        self.status.send_modify(|s| {
            s.version += 1;
            s.errors = errors;
        });
    }

    pub fn status(&self) -> Status {
        self.status.borrow().clone()
    }

    /// Waits until the version differs from `seen`, at most `timeout`.
    pub async fn wait_change(&self, seen: u64, timeout: Duration) -> Status {
        let mut rx = self.status.subscribe();
        let changed = async move { rx.wait_for(|s| s.version != seen).await.map(|s| s.clone()) };
        match tokio::time::timeout(timeout, changed).await {
            Ok(Ok(status)) => status,
            _ => self.status(),
        }
    }
}
