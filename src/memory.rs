//! The process's memory as Linux reports it (`/proc/self/status`), for the
//! figures `SALA_TIMINGS=1` prints; `None` where the system does not say.

/// Resident memory now (`VmRSS`), in kB.
pub fn resident_kb() -> Option<u64> {
    status_kb("VmRSS:")
}

/// Peak resident memory so far (`VmHWM`), in kB.
pub fn peak_kb() -> Option<u64> {
    status_kb("VmHWM:")
}

fn status_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
