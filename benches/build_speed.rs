//! Regression benchmark (not a test): builds a generated site several times
//! and prints wall time, pages per second, peak memory, output files and
//! bytes and the share of each stage, then compares them with the figures
//! recorded in `benches/build_speed.baseline` so a later slowdown shows.
//!
//!   cargo bench --bench build_speed                  # 1,000 pages a language, 5 runs
//!   SALA_BENCH_PAGES=300,3000 SALA_BENCH_RUNS=3 cargo bench --bench build_speed
//!   SALA_BENCH_SAVE=1 cargo bench --bench build_speed   # record a new baseline
//!
//! The output goes to a RAM disk (`/dev/shm`) when there is one, since a
//! disk's writeback makes the same build vary by half from run to run;
//! `SALA_BENCH_OUT=DIR` puts it elsewhere. The baseline holds one machine's
//! figures (see its header): compare on the same machine, quiet. It exits 0
//! whatever the figures; a line starting `SLOWER` is the signal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const SALA: &str = env!("CARGO_BIN_EXE_sala");
/// How much slower (or bigger) than the baseline counts as a regression.
const TOLERANCE: f64 = 0.15;

struct Run {
    seconds: f64,
    peak_mb: f64,
    stages: Vec<(String, f64)>,
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sizes: Vec<usize> = std::env::var("SALA_BENCH_PAGES")
        .unwrap_or_else(|_| "1000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("SALA_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1);
    let baseline_file = repo.join("benches/build_speed.baseline");
    let baseline = read_baseline(&baseline_file);
    let mut recorded = Vec::new();
    for per_lang in sizes {
        let work = std::env::temp_dir().join(format!("sala-build-speed-{per_lang}"));
        let _ = std::fs::remove_dir_all(&work);
        let site = work.join("site");
        let ok = Command::new(SALA)
            .args(["synth", "--pages-per-lang", &per_lang.to_string(), "--out"])
            .arg(&site)
            .arg("--from")
            .arg(&repo)
            .output()
            .expect("run sala synth");
        assert!(ok.status.success(), "sala synth failed");
        let out = out_root().join(format!("sala-build-speed-out-{per_lang}"));
        let _ = std::fs::remove_dir_all(&out);
        // One build to warm the disk cache and leave an output to replace,
        // as a rebuild does.
        build(&site, &out);
        let mut all: Vec<Run> = (0..runs).map(|_| build(&site, &out)).collect();
        all.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
        let median = &all[all.len() / 2];
        let pages = count_pages(&site.join("content"));
        let (files, bytes) = tree(&out);
        let (_, index_bytes) = tree(&out.join("search"));
        let peak = all.iter().map(|r| r.peak_mb).fold(0.0, f64::max);
        println!(
            "\n{pages} pages ({per_lang} a language), {runs} runs, output in {}",
            out.display()
        );
        println!(
            "  wall      {:.2} s median ({:.2}-{:.2}), {:.0} pages/s",
            median.seconds,
            all[0].seconds,
            all[all.len() - 1].seconds,
            pages as f64 / median.seconds
        );
        println!("  peak RSS  {peak:.0} MB");
        println!(
            "  output    {files} files, {:.1} MB (search index {:.1} MB)",
            bytes as f64 / 1e6,
            index_bytes as f64 / 1e6
        );
        let total: f64 = median.stages.iter().map(|(_, ms)| ms).sum::<f64>().max(1.0);
        let shares: Vec<String> = median
            .stages
            .iter()
            .filter(|(_, ms)| ms / total >= 0.01)
            .map(|(s, ms)| format!("{s} {:.0}%", 100.0 * ms / total))
            .collect();
        println!("  stages    {}", shares.join(", "));
        let now = [median.seconds, peak, files as f64];
        if let Some(base) = baseline.get(&per_lang) {
            for (what, (was, is)) in ["wall s", "peak MB", "files"]
                .iter()
                .zip(base.iter().zip(now))
            {
                let change = is / was - 1.0;
                let flag = if change > TOLERANCE { "SLOWER" } else { "ok" };
                println!(
                    "  {flag:<6} {what:<8} {is:.2} against {was:.2} in the baseline ({:+.0}%)",
                    change * 100.0
                );
            }
        } else {
            println!("  (no baseline for {per_lang} a language)");
        }
        recorded.push((per_lang, now));
        // A RAM disk holds it in memory: give it back.
        let _ = std::fs::remove_dir_all(&out);
    }
    if std::env::var_os("SALA_BENCH_SAVE").is_some() {
        write_baseline(&baseline_file, &baseline, &recorded);
        println!("\nbaseline written to {}", baseline_file.display());
    }
}

/// Where the built sites go: `SALA_BENCH_OUT`, else a RAM disk, else the
/// temporary folder.
fn out_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("SALA_BENCH_OUT") {
        return PathBuf::from(dir);
    }
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        return shm.to_path_buf();
    }
    std::env::temp_dir()
}

/// One `sala build`, timed from outside, with its stage timings and peak.
fn build(site: &Path, out: &Path) -> Run {
    let start = Instant::now();
    let o = Command::new(SALA)
        .env("SALA_TIMINGS", "1")
        .args(["build", "--force", "--root"])
        .arg(site)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run sala build");
    let seconds = start.elapsed().as_secs_f64();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "sala build failed:\n{err}");
    let mut stages = Vec::new();
    let mut peak_mb = 0.0;
    for line in err.lines() {
        // "  theme       1335.1 ms  peak    186 MB"
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.len() >= 3 && parts[2] == "ms" {
            if let Ok(ms) = parts[1].parse::<f64>() {
                stages.push((parts[0].to_string(), ms));
            }
            if let (Some(&"peak"), Some(mb)) = (parts.get(3), parts.get(4)) {
                peak_mb = mb.parse().unwrap_or(peak_mb);
            }
        }
    }
    Run {
        seconds,
        peak_mb,
        stages,
    }
}

fn count_pages(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .count()
}

fn tree(dir: &Path) -> (usize, u64) {
    let mut n = 0;
    let mut bytes = 0;
    for e in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.file_type().is_file() {
            n += 1;
            bytes += e.metadata().map_or(0, |m| m.len());
        }
    }
    (n, bytes)
}

/// `pages-a-language wall-seconds peak-MB files` lines; `#` starts a comment.
fn read_baseline(path: &Path) -> BTreeMap<usize, [f64; 3]> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let v: Vec<f64> = l
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            (v.len() == 4).then(|| (v[0] as usize, [v[1], v[2], v[3]]))
        })
        .collect()
}

fn write_baseline(path: &Path, old: &BTreeMap<usize, [f64; 3]>, new: &[(usize, [f64; 3])]) {
    let mut all = old.clone();
    for (k, v) in new {
        all.insert(*k, *v);
    }
    let mut text = String::from(
        "# cargo bench --bench build_speed: the figures later runs are compared with.\n\
         # Recorded on the 2-core development machine, output on its RAM disk.\n\
         # pages-a-language  median-wall-seconds  peak-RSS-MB  output-files\n",
    );
    for (k, [s, mb, files]) in all {
        text.push_str(&format!("{k} {s:.2} {mb:.0} {files:.0}\n"));
    }
    let _ = std::fs::write(path, text);
}
