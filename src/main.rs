//! CLI entry: parse arguments, run the command, print problems together, and
//! exit non-zero when any of them is an error.

use clap::Parser;
use sala::cli::{Cli, Command, Format};
use sala::diagnostics::Severity;
use sala::pipeline::{self, Options, Report};
use sala::t;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Instant;

/// mimalloc: builds allocate millions of small strings on all cores, where
/// glibc's allocator spent up to a fifth of the time (`perf`, 30,000 pages).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        quiet_on_closed_pipe();
    }
    sala::messages::choose(cli.lang.as_deref());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}: {e:#}", t!("diag-error"));
            ExitCode::from(2)
        }
    }
}

/// `sala check | head` ends quietly when `head` stops reading, as Unix tools
/// do, instead of panicking in `eprintln!` with exit code 101: the default
/// SIGPIPE action, which Rust's runtime sets to "ignore". Not for `serve`,
/// where a reader closing a connection must not stop the server.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread is spawned; it
    // only restores the signal's default action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build {
            root,
            out,
            drafts,
            force,
            archive,
        } => {
            let start = Instant::now();
            let site_root = root.clone();
            let report = pipeline::run(&Options {
                root,
                out,
                drafts,
                check_only: false,
                progress: std::io::stderr().is_terminal(),
                force,
            })?;
            print_diagnostics(&report);
            if report.failed() {
                eprintln!(
                    "{}",
                    t!(
                        "cli-build-failed",
                        errors = report.diagnostics.count(Severity::Error)
                    )
                );
                return Ok(ExitCode::FAILURE);
            }
            print_summary(&report, start);
            if let Some(dir) = archive {
                pack(&report, dir.as_deref(), &site_root)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { root, format } => {
            let report = pipeline::run(&Options {
                root,
                out: None,
                drafts: false,
                check_only: true,
                progress: false,
                force: false,
            })?;
            match format {
                Format::Text => {
                    print_diagnostics(&report);
                    let (e, w) = (
                        report.diagnostics.count(Severity::Error),
                        report.diagnostics.count(Severity::Warning),
                    );
                    let pages: usize = report.pages_per_lang.values().sum();
                    eprintln!(
                        "{}",
                        t!("cli-checked", pages = pages, errors = e, warnings = w)
                    );
                }
                Format::Json => {
                    let json = serde_json::json!({
                        "pages": report.pages_per_lang,
                        "errors": report.diagnostics.count(Severity::Error),
                        "warnings": report.diagnostics.count(Severity::Warning),
                        "diagnostics": report.diagnostics.sorted(),
                    });
                    println!("{}", serde_json::to_string_pretty(&json)?);
                }
            }
            Ok(if report.failed() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Serve { root, port, bind } => {
            sala::serve::serve(&sala::serve::ServeOptions { root, bind, port })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::New { path, root, title } => {
            match sala::scaffold::new_page(&root, &path, title.as_deref()) {
                Ok(created) => {
                    println!(
                        "{}",
                        t!("cli-created", path = created.display().to_string())
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(d) => {
                    eprintln!("{d}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Synth {
            pages_per_lang,
            out,
            from,
            seed,
        } => {
            let n = sala::synth::generate(&from, &out, pages_per_lang, seed)?;
            println!("wrote {n} pages to {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `build --archive [DIR]`: the built site as one .zip in DIR, or beside
/// the output folder when no folder is given.
fn pack(
    report: &Report,
    dir: Option<&std::path::Path>,
    root: &std::path::Path,
) -> anyhow::Result<()> {
    let (Some(out), Some(edition)) = (&report.out_dir, &report.edition) else {
        return Ok(());
    };
    let start = Instant::now();
    let dest = match dir {
        None => sala::archive::path_beside(out, edition),
        Some(dir) => sala::archive::path_in(dir, out, edition, root)?,
    };
    let written = sala::archive::write(out, &dest, edition)?;
    eprintln!(
        "{}",
        t!(
            "cli-archive",
            path = written.path.display().to_string(),
            files = written.files,
            mb = format!("{:.1}", written.bytes as f64 / 1e6),
            seconds = format!("{:.2}", start.elapsed().as_secs_f64())
        )
    );
    Ok(())
}

/// Problems as `sala build` prints them (see `Diagnostics::grouped`).
fn print_diagnostics(report: &Report) {
    eprint!("{}", report.diagnostics.grouped());
}

fn print_summary(report: &Report, start: Instant) {
    let langs: Vec<String> = report
        .pages_per_lang
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let warnings = report.diagnostics.count(Severity::Warning);
    eprintln!(
        "{}",
        t!(
            "cli-built",
            pages = report.pages_per_lang.values().sum::<usize>(),
            languages = langs.join(", "),
            files = report.files_written,
            warnings = warnings,
            seconds = format!("{:.2}", start.elapsed().as_secs_f64())
        )
    );
    if std::env::var_os("SALA_TIMINGS").is_some() {
        for (i, (stage, d)) in report.timings.iter().enumerate() {
            let peak = match report.peaks.get(i).copied().flatten() {
                Some(kb) => format!("  peak {:>6} MB", kb / 1024),
                None => String::new(),
            };
            eprintln!("  {stage:<9} {:>8.1} ms{peak}", d.as_secs_f64() * 1000.0);
        }
    }
    for note in &report.notes {
        eprintln!("{}: {note}", t!("cli-note"));
    }
    if let Some(out) = &report.out_dir {
        eprintln!(
            "{}",
            t!(
                "cli-open",
                path = out.join("index.html").display().to_string()
            )
        );
    }
}
