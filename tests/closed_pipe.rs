//! `sala check | head -1` and the like: when the program reading sala's
//! output stops reading, sala ends as Unix tools do (SIGPIPE, no message),
//! not with a Rust panic and exit code 101.

#![cfg(unix)]

mod common;
use common::site;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

#[test]
fn check_into_a_closed_pipe_ends_quietly_without_a_panic() {
    let dir = site("broken-links");
    // A pipe whose reading end is already closed: the first line sala
    // writes meets it, as after `| head -0`.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let status = Command::new(env!("CARGO_BIN_EXE_sala"))
        .args(["check", "--root"])
        .arg(dir.path())
        .env("LC_ALL", "C")
        .stdout(Stdio::null())
        .stderr(writer)
        .status()
        .expect("run sala");
    assert_ne!(status.code(), Some(101), "sala panicked on a closed pipe");
    assert_eq!(status.signal(), Some(libc::SIGPIPE), "{status:?}");
}
