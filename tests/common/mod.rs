//! Helpers for integration tests: build fixture sites with the real binary.
#![allow(dead_code)]

pub mod hostile;
pub mod http;
pub mod xss;

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

/// Runs sala with its messages in English (the tests read them), whatever
/// the locale of the machine running the tests.
pub fn sala(args: &[&str], cwd: &Path) -> Run {
    sala_with_locale(args, cwd, "C")
}

/// Runs sala as an editor whose system locale is `locale` (`LC_ALL`).
pub fn sala_with_locale(args: &[&str], cwd: &Path, locale: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_sala"))
        .args(args)
        .current_dir(cwd)
        .env("LC_ALL", locale)
        .output()
        .expect("run sala");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Copies a fixture site into a temp folder, with the repository's theme and
/// UI strings unless the fixture brings its own.
pub fn site(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy(&fixture(name), dir.path());
    for shared in ["themes", "i18n"] {
        if !dir.path().join(shared).exists() {
            copy(&repo().join(shared), &dir.path().join(shared));
        }
    }
    dir
}

pub fn copy(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy");
        }
    }
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Every file under `dir`, relative, sorted, with its bytes.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .expect("prefix")
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    files.sort();
    files
}

/// A minimal static file server on a free loopback port, for browser tests:
/// serves `root` as it is, like any plain web server an agency would use.
pub struct StaticServer {
    pub port: u16,
}

impl StaticServer {
    pub fn start(root: &Path) -> StaticServer {
        Self::serve(root, None, "127.0.0.1")
    }

    /// On another loopback address (another origin, another site), such as
    /// 127.0.0.2.
    pub fn start_on(root: &Path, address: &str) -> StaticServer {
        Self::serve(root, None, address)
    }

    /// Answers a missing address with the page `error_page` (a path under
    /// `root`) and status 404, as nginx's `error_page 404` or Apache's
    /// `ErrorDocument 404` do.
    pub fn start_with_error_page(root: &Path, error_page: &str) -> StaticServer {
        Self::serve(
            root,
            Some(root.join(error_page.trim_start_matches('/'))),
            "127.0.0.1",
        )
    }

    fn serve(root: &Path, error_page: Option<PathBuf>, address: &str) -> StaticServer {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind((address, 0)).expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let root = root.to_path_buf();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let error_page = error_page.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(&stream);
                    let mut line = String::new();
                    if reader.read_line(&mut line).is_err() {
                        return;
                    }
                    loop {
                        let mut h = String::new();
                        if reader.read_line(&mut h).map_or(true, |n| n == 0) || h == "\r\n" {
                            break;
                        }
                    }
                    let path = line
                        .split(' ')
                        .nth(1)
                        .unwrap_or("/")
                        .split('?')
                        .next()
                        .unwrap_or("/");
                    let path = percent_decode(path);
                    let mut file = root.join(path.trim_start_matches('/'));
                    if path.contains("..") {
                        file = root.join("\0");
                    }
                    if file.is_dir() {
                        file = file.join("index.html");
                    }
                    let mut s = &stream;
                    match std::fs::read(&file) {
                        Ok(body) => {
                            let ty = match file.extension().and_then(|e| e.to_str()) {
                                Some("html") => "text/html; charset=utf-8",
                                Some("css") => "text/css",
                                Some("js") => "text/javascript",
                                Some("xml") => "application/xml",
                                _ => "application/octet-stream",
                            };
                            let _ = write!(s, "HTTP/1.1 200 OK\r\nContent-Type: {ty}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                            if !line.starts_with("HEAD ") {
                                let _ = s.write_all(&body);
                            }
                        }
                        Err(_) => {
                            let body = error_page
                                .as_ref()
                                .and_then(|p| std::fs::read(p).ok())
                                .unwrap_or_default();
                            let head = line.starts_with("HEAD ");
                            let _ = write!(s, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                            if !head {
                                let _ = s.write_all(&body);
                            }
                        }
                    }
                });
            }
        });
        StaticServer { port }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or(""), 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A running `sala serve` on a free loopback port, stopped when dropped.
pub struct Server {
    child: std::process::Child,
    pub port: u16,
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Server {
    /// What the server has printed to its terminal (stderr) so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `sala serve --port 0` on `root` and reads the port it announces.
pub fn serve(root: &Path) -> Server {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sala"));
    command.args(["serve", "--port", "0", "--root"]).arg(root);
    start_serve(command)
}

/// `serve` speaking `lang` (`--lang`), as an editor who chose it sees it.
pub fn serve_in(root: &Path, lang: &str) -> Server {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_sala"));
    command
        .args(["serve", "--port", "0", "--lang", lang, "--root"])
        .arg(root);
    start_serve(command)
}

/// `serve`, allowed at most `fds` open files (to run it out of them).
pub fn serve_with_fd_limit(root: &Path, fds: u32) -> Server {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -n {fds} && exec \"$0\" serve --port 0 --root \"$1\""
        ))
        .arg(env!("CARGO_BIN_EXE_sala"))
        .arg(root);
    start_serve(command)
}

fn start_serve(mut command: std::process::Command) -> Server {
    let mut child = command
        .env("LC_ALL", "C")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start sala serve");
    let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let mut pipe = child.stderr.take().expect("stderr");
    let sink = stderr.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n @ 1..) = std::io::Read::read(&mut pipe, &mut buf) {
            if let Ok(mut s) = sink.lock() {
                s.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
    });
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
        .expect("read the address");
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server {
        child,
        port,
        stderr,
    }
}

/// Installs the browser drivers once (tests run in parallel: one of them
/// does it); false when SALA_SKIP_BROWSER is set, so browser tests skip.
pub fn driver() -> bool {
    static READY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READY.get_or_init(|| {
        if std::env::var_os("SALA_SKIP_BROWSER").is_some() {
            eprintln!("SALA_SKIP_BROWSER set: browser tests not run");
            return false;
        }
        // Every devDependency of package.json installed (a new one since the
        // last `npm ci` means installing again).
        let package = std::fs::read_to_string(repo().join("package.json")).unwrap_or_default();
        let wanted: Vec<String> = serde_json::from_str::<serde_json::Value>(&package)
            .ok()
            .and_then(|v| {
                v.get("devDependencies")?
                    .as_object()
                    .map(|o| o.keys().cloned().collect())
            })
            .unwrap_or_default();
        if wanted
            .iter()
            .any(|m| !repo().join("node_modules").join(m).exists())
        {
            let ok = std::process::Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(repo())
                .status()
                .expect("run npm (install nodejs and npm)");
            assert!(ok.success(), "npm ci failed");
        }
        true
    })
}
