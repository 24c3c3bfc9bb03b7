//! The site `serve` shows, held in memory: files by path, a version that goes
//! up after every rebuild, and the errors of the last build (for the overlay).

use crate::diagnostics::Diagnostic;
use crate::output::Sink;
use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

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

#[derive(Default)]
pub struct Live {
    pub files: Files,
    status: Mutex<Status>,
    changed: Condvar,
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
        if let Ok(mut s) = self.status.lock() {
            s.version += 1;
            s.errors = errors;
        }
        self.changed.notify_all();
    }

    pub fn status(&self) -> Status {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Waits until the version differs from `seen`, at most `timeout`.
    pub fn wait_change(&self, seen: u64, timeout: Duration) -> Status {
        let Ok(guard) = self.status.lock() else {
            return Status::default();
        };
        match self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.version == seen)
        {
            Ok((s, _)) => s.clone(),
            Err(_) => Status::default(),
        }
    }
}
