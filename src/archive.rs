//! The offline package (`sala build --archive`): the built site as one `.zip`
//! to hand out on a USB stick or copy to an intranet share. It is written
//! beside the output folder, never inside it, and is deterministic: entries
//! sorted by path, one fixed timestamp (the site's date), fixed permissions,
//! so the same site gives the same bytes.

use crate::content::front_matter::Date;
use crate::i18n::{format_date, I18n};
use crate::site::Site;
use crate::t;
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use std::fs;
use std::io::{Cursor, Write as _};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// Files compressed per task: enough to keep both cores busy, few enough
/// that the compressed batch held in memory stays small.
const FILES_PER_TASK: usize = 64;

/// The longest name stem taken from a title: with the date and `.zip`, far
/// under the 255 bytes a file name may have (a 320-character title made the
/// archive fail after the site was built).
const MAX_STEM: usize = 100;

/// What names and dates one edition of the site: the archive file name and
/// the date on print book covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// ASCII file-name stem from the site title, e.g. `asean-civil-service-knowledge-base`.
    pub slug: String,
    /// `SOURCE_DATE_EPOCH` when set, else the newest `updated`/`date` of the pages.
    pub date: Option<Date>,
}

impl Edition {
    /// The edition of a linked site. Never the wall clock: the same input
    /// gives the same name and the same bytes.
    pub fn of(site: &Site) -> Edition {
        let title = site.config.title_in(&site.config.default_language);
        let date = source_date_epoch().or_else(|| {
            site.pages
                .iter()
                .flat_map(|p| [p.meta.date, p.meta.updated])
                .flatten()
                .max_by_key(|d| (d.year, d.month, d.day))
        });
        Edition {
            slug: crate::text::ascii_slug(title, MAX_STEM),
            date,
        }
    }

    /// `<slug>-<YYYY-MM-DD>`, or `<slug>` for a site without any date.
    pub fn stem(&self, fallback: &str) -> String {
        let slug = if self.slug.is_empty() {
            crate::text::ascii_slug(fallback, MAX_STEM)
        } else {
            self.slug.clone()
        };
        let slug = if slug.is_empty() { "site".into() } else { slug };
        match self.date {
            Some(d) => format!("{slug}-{}", d.iso()),
            None => slug,
        }
    }
}

/// `README.txt` at the top of the site: how to open it, how to serve it, that
/// search works offline, in every language of the site (Fluent `readme-*`).
/// CRLF and a byte order mark, so Windows Notepad shows Thai and Vietnamese.
pub fn readme(site: &Site, i18n: &I18n, edition: &Edition) -> String {
    let mut out = String::from("\u{feff}");
    for lang in site.config.language_codes() {
        let title = site.config.title_in(lang);
        out.push_str(title);
        out.push_str("\r\n");
        out.push_str(&"=".repeat(title.chars().count().clamp(3, 60)));
        out.push_str("\r\n");
        if let Some(d) = edition.date {
            let args = I18n::args([("date".to_string(), format_date(i18n, lang, d).into())]);
            out.push_str(&i18n.t(lang, "readme-edition", Some(&args)));
            out.push_str("\r\n");
        }
        out.push_str("\r\n");
        for key in [
            "readme-open",
            "readme-server",
            "readme-404",
            "readme-search",
            "readme-print",
        ] {
            out.push_str("- ");
            out.push_str(&i18n.t(lang, key, None));
            out.push_str("\r\n");
        }
        out.push_str("\r\n");
    }
    out
}

/// The archive's path: beside the output folder, named after the edition.
pub fn path_beside(out: &Path, edition: &Edition) -> PathBuf {
    let folder = out
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    parent.join(format!("{}.zip", edition.stem(&folder)))
}

/// The archive's path in a folder an IT team chose (`--archive DIR`), which
/// is created if missing; never inside the site's sources (`content/`,
/// `themes/`, `i18n/`), where the next build would publish it.
pub fn path_in(dir: &Path, out: &Path, edition: &Edition, root: &Path) -> Result<PathBuf> {
    // Where the folder is (or would be), links resolved, before creating it.
    let mut existing = dir.to_path_buf();
    let mut missing = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                missing.push(name.to_os_string());
                existing = if parent.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    parent.to_path_buf()
                };
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().with_context(|| {
        t!(
            "output-cannot-read-path",
            path = existing.display().to_string()
        )
    })?;
    for name in missing.iter().rev() {
        resolved.push(name);
    }
    for source in ["content", "themes", "i18n"] {
        if let Ok(s) = root.join(source).canonicalize() {
            if resolved.starts_with(&s) {
                anyhow::bail!(t!(
                    "output-archive-in-sources",
                    path = dir.display().to_string(),
                    folder = source
                ));
            }
        }
    }
    fs::create_dir_all(dir)
        .with_context(|| t!("output-cannot-create", path = dir.display().to_string()))?;
    let folder = out
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    Ok(dir.join(format!("{}.zip", edition.stem(&folder))))
}

/// The archive comment that marks a zip as sala's (so a rebuild may replace it).
const COMMENT: &str = "Offline package written by sala";

/// What was written.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub files: usize,
    pub bytes: u64,
}

/// Zips every file under `site_dir` into `dest`, inside one top folder named
/// like the archive (`<stem>/index.html`, `<stem>/README.txt`, ...). Written to
/// a temporary file beside `dest` and renamed, so a failure leaves no half archive.
pub fn write(site_dir: &Path, dest: &Path, edition: &Edition) -> Result<Written> {
    if let (Ok(site), Some(parent)) = (site_dir.canonicalize(), dest.parent()) {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if parent.canonicalize().is_ok_and(|p| p.starts_with(&site)) {
            anyhow::bail!(t!(
                "output-archive-inside",
                path = dest.display().to_string(),
                folder = site_dir.display().to_string()
            ));
        }
    }
    // Own what you write: an existing file of that name is replaced only if
    // sala made it (its archive comment says so).
    if fs::symlink_metadata(dest).is_ok() {
        let ours = fs::File::open(dest)
            .ok()
            .and_then(|f| ZipArchive::new(std::io::BufReader::new(f)).ok())
            .is_some_and(|z| z.comment() == COMMENT.as_bytes());
        if !ours {
            anyhow::bail!(t!(
                "output-archive-not-ours",
                path = dest.display().to_string()
            ));
        }
    }
    let top = dest
        .file_stem()
        .map_or("site".into(), |s| s.to_string_lossy().into_owned());
    let mut files = list_files(site_dir)?;
    files.retain(|f| f != crate::output::guard::MANIFEST);
    let tmp = dest.with_file_name(format!(".{top}.zip.tmp-{}", std::process::id()));
    let result = write_zip(site_dir, &tmp, &top, &files, edition);
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs::rename(&tmp, dest).with_context(|| {
        t!(
            "output-archive-cannot-move",
            path = dest.display().to_string()
        )
    })?;
    let bytes = fs::metadata(dest).map(|m| m.len()).unwrap_or(0);
    Ok(Written {
        path: dest.to_path_buf(),
        files: files.len(),
        bytes,
    })
}

/// Every file under `dir`, as `/`-separated relative paths in byte order
/// (the same order on every file system).
fn list_files(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry
            .with_context(|| t!("output-cannot-read-path", path = dir.display().to_string()))?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir)?;
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(rel.join("/"));
        }
    }
    files.sort();
    Ok(files)
}

fn write_zip(
    site_dir: &Path,
    tmp: &Path,
    top: &str,
    files: &[String],
    edition: &Edition,
) -> Result<()> {
    let file = fs::File::create(tmp)
        .with_context(|| t!("output-cannot-create", path = tmp.display().to_string()))?;
    let mut zip = ZipWriter::new(std::io::BufWriter::new(file));
    let options = entry_options(edition);
    // Compress in parallel into small in-memory archives, then copy their
    // entries, compressed as they are, in sorted order.
    let window = FILES_PER_TASK * rayon::current_num_threads().max(1) * 2;
    for batch in files.chunks(window) {
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(FILES_PER_TASK)
            .map(|chunk| compress(site_dir, top, chunk, options))
            .collect::<Result<_>>()?;
        for part in parts {
            let mut part = ZipArchive::new(Cursor::new(part))?;
            for i in 0..part.len() {
                zip.raw_copy_file(part.by_index_raw(i)?)?;
            }
        }
    }
    zip.set_comment(COMMENT)
        .with_context(|| t!("output-archive-comment"))?;
    zip.finish()?
        .flush()
        .with_context(|| t!("output-cannot-write", path = tmp.display().to_string()))?;
    Ok(())
}

fn compress(
    site_dir: &Path,
    top: &str,
    files: &[String],
    options: SimpleFileOptions,
) -> Result<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for rel in files {
        let path = site_dir.join(rel);
        let bytes = fs::read(&path)
            .with_context(|| t!("output-cannot-read-path", path = path.display().to_string()))?;
        zip.start_file(format!("{top}/{rel}"), options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

fn entry_options(edition: &Edition) -> SimpleFileOptions {
    let time = edition
        .date
        .and_then(|d| {
            let (y, m, day) = (
                u16::try_from(d.year).ok()?,
                u8::try_from(d.month).ok()?,
                u8::try_from(d.day).ok()?,
            );
            DateTime::from_date_and_time(y, m, day, 0, 0, 0).ok()
        })
        .unwrap_or_default();
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644)
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a calendar date in UTC.
fn source_date_epoch() -> Option<Date> {
    let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(civil_from_days(secs.div_euclid(86_400)))
}

/// Days since 1970-01-01 -> (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(days: i64) -> Date {
    // Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_become_calendar_dates() {
        let d = |days| civil_from_days(days).iso();
        assert_eq!(d(0), "1970-01-01");
        assert_eq!(d(19_723), "2024-01-01");
        assert_eq!(d(20_416), "2025-11-24");
        assert_eq!(d(11_016), "2000-02-29");
    }

    #[test]
    fn archive_names_are_ascii_and_dated() {
        let ascii_slug = |t: &str| crate::text::ascii_slug(t, MAX_STEM);
        // A title longer than a file name may be is cut at a word.
        let long = ascii_slug(&"Hướng dẫn ".repeat(40));
        assert!(long.len() <= MAX_STEM && long.ends_with("dan"), "{long}");
        assert_eq!(
            ascii_slug("ASEAN Civil Service Knowledge Base"),
            "asean-civil-service-knowledge-base"
        );
        assert_eq!(
            ascii_slug("Cơ sở tri thức công vụ"),
            "co-so-tri-thuc-cong-vu"
        );
        assert_eq!(ascii_slug("Đà Nẵng"), "da-nang");
        assert_eq!(ascii_slug("คลังความรู้"), "");
        let e = Edition {
            slug: String::new(),
            date: Some(Date {
                year: 2026,
                month: 11,
                day: 24,
            }),
        };
        assert_eq!(e.stem("public"), "public-2026-11-24");
        assert_eq!(
            path_beside(Path::new("/srv/kb/public"), &e),
            Path::new("/srv/kb/public-2026-11-24.zip")
        );
    }
}
