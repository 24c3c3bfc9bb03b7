//! `sala serve`: a live preview for editors. The site is built into memory and
//! served over HTTP on loopback; a file watcher rebuilds what an edit touches and
//! the browser reloads by itself, or shows the build error until it is fixed.

mod door;
mod http;
mod memory;
mod reply;
mod server;
mod update;

pub use http::{clean_path, content_type};

use crate::diagnostics::Diagnostic;
use crate::pipeline::{self, Affected, Build, Options, Report};
use anyhow::{Context as _, Result};
use memory::{Files, Live};
use notify::{EventKind, RecursiveMode, Watcher};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
}

/// Runs until Ctrl-C.
pub fn serve(opts: &ServeOptions) -> Result<()> {
    let root = opts
        .root
        .canonicalize()
        .with_context(|| crate::t!("serve-cannot-open", path = opts.root.display().to_string()))?;
    let live = Arc::new(Live::default());
    let started = Instant::now();
    let mut state = State {
        build: full_build(&root, &live),
        pending: Affected::default(),
        stale_index: Affected::default(),
        stale_books: Default::default(),
    };
    eprintln!(
        "{}",
        crate::t!("serve-built", ms = started.elapsed().as_millis() as u64)
    );

    let listener =
        std::net::TcpListener::bind((opts.bind.as_str(), opts.port)).with_context(|| {
            crate::t!(
                "serve-cannot-listen",
                address = format!("{}:{}", opts.bind, opts.port)
            )
        })?;
    let addr = listener
        .local_addr()
        .with_context(|| crate::t!("serve-cannot-listen", address = opts.bind.as_str()))?;
    server::start(listener, live.clone(), &opts.bind)?;

    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst))
            .with_context(|| crate::t!("serve-cannot-start"))?;
    }
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    for dir in ["content", "themes", "i18n"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    watcher.watch(&root, RecursiveMode::NonRecursive)?;
    // Announced once the watcher runs, so an edit right after this line is seen.
    let mut out = std::io::stdout();
    let _ = writeln!(
        out,
        "{}",
        crate::t!("serve-serving", address = format!("http://{addr}/"))
    );
    let _ = out.flush();
    if opts.bind != "127.0.0.1" && opts.bind != "localhost" && opts.bind != "::1" {
        eprintln!(
            "{}: {}",
            crate::t!("diag-warning"),
            crate::t!("serve-open-to-network", bind = opts.bind.as_str())
        );
    }

    while !stop.load(Ordering::SeqCst) {
        let first = match rx.recv_timeout(Duration::from_millis(INDEX_IDLE_MS)) {
            Ok(event) => event,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                state.reindex(&live);
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        // Debounce: a save (especially by rename) is several events; take all
        // that arrive within a short quiet period.
        let mut paths = changed_paths(&root, first);
        while let Ok(more) = rx.recv_timeout(Duration::from_millis(DEBOUNCE_MS)) {
            paths.extend(changed_paths(&root, more));
        }
        paths.sort();
        paths.dedup();
        if paths.is_empty() {
            continue;
        }
        let t = Instant::now();
        let what = state.rebuild(&root, &live, &paths);
        eprintln!(
            "{}",
            crate::t!(
                "serve-took",
                what = what,
                ms = t.elapsed().as_millis() as u64
            )
        );
    }
    let _ = writeln!(std::io::stdout(), "{}", crate::t!("serve-stopped"));
    Ok(())
}

/// What the terminal says after a failed rebuild (its diagnostics above it).
fn failed() -> String {
    crate::t!("serve-build-failed")
}

/// Quiet time after an edit before the search index catches up.
const INDEX_IDLE_MS: u64 = 200;

struct State {
    build: Option<Build>,
    /// Pages affected by edits whose rebuild failed: re-rendered once it succeeds.
    pending: Affected,
    /// Languages whose search index needs a full run (pages added or removed).
    stale_index: Affected,
    /// Languages whose print books are behind their pages.
    stale_books: std::collections::BTreeSet<String>,
}

impl State {
    /// Brings the print books (and, after pages were added or removed, the
    /// search index) up to date once edits pause: they take longer than
    /// re-rendering a page, and an editor saving again should not wait.
    fn reindex(&mut self, live: &Live) {
        let Some(build) = self.build.as_ref() else {
            return;
        };
        if !self.stale_index.langs.is_empty() {
            let t = Instant::now();
            let only = std::mem::take(&mut self.stale_index);
            match pipeline::reindex(build, &live.files, &only) {
                Ok(_) => eprintln!(
                    "{}",
                    crate::t!("serve-index-updated", ms = t.elapsed().as_millis() as u64)
                ),
                Err(e) => eprintln!(
                    "{}",
                    crate::t!("serve-index-not-updated", why = format!("{e:#}"))
                ),
            }
        }
        if !self.stale_books.is_empty() {
            let langs = std::mem::take(&mut self.stale_books);
            if let Err(e) = pipeline::rewrite_books(build, &live.files, &langs) {
                eprintln!(
                    "{}",
                    crate::t!("serve-books-not-updated", why = format!("{e:#}"))
                );
            }
        }
    }

    fn rebuild(&mut self, root: &Path, live: &Live, paths: &[PathBuf]) -> String {
        // Editors and tools write temporary files and rename them over the real
        // one: a path that is gone and was never part of the site is noise.
        let known = |p: &PathBuf| {
            p.exists()
                || p.extension().is_some_and(|e| e == "md")
                || self
                    .build
                    .as_ref()
                    .is_some_and(|b| b.assets.iter().any(|a| a.path == *p))
        };
        let paths: Vec<PathBuf> = paths.iter().filter(|p| known(p)).cloned().collect();
        if paths.is_empty() {
            return crate::t!("serve-nothing-to-do");
        }
        let paths = &paths[..];
        let content_only = paths.iter().all(|p| {
            p.starts_with(root.join("content")) && p.extension().is_some_and(|e| e == "md")
        });
        if content_only {
            if let Some(build) = self.build.as_mut() {
                let mut report = Report::default();
                if let Some(affected) = update::update(build, paths, &mut report) {
                    self.pending.pages.extend(affected.pages);
                    self.pending.edited.extend(affected.edited);
                    self.pending.langs.extend(affected.langs);
                    if report.failed() {
                        print_diagnostics(&report);
                        live.publish(errors(&report));
                        return failed();
                    }
                    let only = std::mem::take(&mut self.pending);
                    // The edited pages' postings first, in a few ms: the
                    // neighbours re-rendered below take longer. Pages added or
                    // removed shift the index: it is redone when edits pause.
                    let searched = match pipeline::update_index(build, &live.files, &only) {
                        Ok(true) => true,
                        Ok(false) => {
                            self.stale_index.langs.extend(only.langs.iter().cloned());
                            false
                        }
                        Err(e) => {
                            eprintln!(
                                "{}",
                                crate::t!("serve-index-not-updated", why = format!("{e:#}"))
                            );
                            self.stale_index.langs.extend(only.langs.iter().cloned());
                            false
                        }
                    };
                    let written =
                        pipeline::write_site(build, &live.files, Some(&only), false, &mut report);
                    if let Err(e) = written {
                        report
                            .diagnostics
                            .push(Diagnostic::error("write", format!("{e:#}")));
                    }
                    print_diagnostics(&report);
                    live.publish(errors(&report));
                    if report.failed() {
                        return failed();
                    }
                    self.stale_books.extend(only.langs.iter().cloned());
                    return crate::t!(
                        "serve-re-rendered",
                        pages = only.pages.len(),
                        searched = if searched { "yes" } else { "no" }
                    );
                }
            }
        }
        self.pending = Affected::default();
        self.stale_index = Affected::default();
        self.stale_books.clear();
        self.build = full_build(root, live);
        if live.status().errors.is_empty() {
            crate::t!("serve-rebuilt")
        } else {
            failed()
        }
    }
}

/// Builds everything into a fresh in-memory site and publishes it (or the errors).
fn full_build(root: &Path, live: &Live) -> Option<Build> {
    let opts = Options {
        root: root.to_path_buf(),
        out: None,
        drafts: true,
        check_only: false,
        progress: false,
        force: false,
    };
    let mut report = Report::default();
    let mut build = pipeline::prepare(&opts, &mut report);
    if let Some(b) = &mut build {
        // Keep the search index, so a save reaches search at once.
        b.live_search = Some(Default::default());
    }
    if let Some(b) = &build {
        let files = Files::default();
        match pipeline::write_site(b, &files, None, false, &mut report) {
            Ok(_) if !report.failed() => live.replace(files),
            Ok(_) => {}
            Err(e) => report
                .diagnostics
                .push(Diagnostic::error("write", format!("{e:#}"))),
        }
    }
    print_diagnostics(&report);
    live.publish(errors(&report));
    build
}

/// Problems as `sala build` prints them (see `Diagnostics::grouped`).
fn print_diagnostics(report: &Report) {
    eprint!("{}", report.diagnostics.grouped());
}

fn errors(report: &Report) -> Vec<Diagnostic> {
    report
        .diagnostics
        .sorted()
        .into_iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect()
}

/// How long the watcher waits for more events of the same save.
const DEBOUNCE_MS: u64 = 15;

/// The relevant paths of a watcher event: writes, creations, removals, renames
/// (reads and metadata changes are ignored: the build itself reads every file).
fn changed_paths(root: &Path, event: notify::Result<notify::Event>) -> Vec<PathBuf> {
    let Ok(event) = event else { return Vec::new() };
    let wanted = match event.kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(notify::event::ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        _ => false,
    };
    if !wanted {
        return Vec::new();
    }
    event
        .paths
        .into_iter()
        .filter(|p| relevant(root, p))
        .collect()
}

/// Files whose change can change the site (not the output, editor backups, VCS).
fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name == "4913"
    {
        return false;
    }
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    matches!(
        first.as_str(),
        "content" | "themes" | "i18n" | "sala.yaml" | "glossary.yaml"
    )
}
