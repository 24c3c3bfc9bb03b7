//! Problems found in a user's files, each pointing at `path:line:col` with a hint.
//!
//! Stages collect diagnostics instead of stopping at the first one, so an editor
//! sees every broken link or bad field in one run (ripgrep's model); the exit code
//! then says whether any of them was an error.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, where it is, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short group name (`front matter`, `link`, `translation`...).
    pub kind: String,
    pub path: Option<PathBuf>,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(kind: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind: kind.to_string(),
            path: None,
            line: None,
            col: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(kind: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(kind, message)
        }
    }

    pub fn at(mut self, path: &Path, line: usize, col: usize) -> Self {
        self.path = Some(path.to_path_buf());
        self.line = (line > 0).then_some(line);
        self.col = (col > 0).then_some(col);
        self
    }

    pub fn in_file(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.col {
                    write!(f, ":{col}")?;
                }
            }
            write!(f, ": ")?;
        }
        let label = match self.severity {
            Severity::Error => crate::t!("diag-error"),
            Severity::Warning => crate::t!("diag-warning"),
        };
        write!(f, "{label}: {}: {}", kind_label(&self.kind), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}: {hint}", crate::t!("diag-hint"))?;
        }
        Ok(())
    }
}

/// A diagnostic's group (`front matter`, `link`...) in the editor's language;
/// the kind itself stays English in `--format json`, for scripts.
pub fn kind_label(kind: &str) -> String {
    let id = format!("kind-{}", kind.replace(' ', "-"));
    let label = crate::messages::text(&id, &[]);
    if label == id {
        kind.to_string()
    } else {
        label
    }
}

/// The diagnostics of one run, kept in a stable order for output.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// Sorted by kind, then file and line, errors first within a place.
    /// Every problem as the CLI and `serve` print it: grouped by kind (errors
    /// first), each group under a short header, each with file:line:col and hint.
    pub fn grouped(&self) -> String {
        use std::fmt::Write as _;
        let sorted = self.sorted();
        let mut out = String::new();
        let mut i = 0;
        while i < sorted.len() {
            let (severity, kind) = (sorted[i].severity, &sorted[i].kind);
            let n = sorted[i..]
                .iter()
                .take_while(|d| d.severity == severity && &d.kind == kind)
                .count();
            let severity = match severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                out,
                "{}",
                crate::t!(
                    "diag-group",
                    kind = kind_label(kind),
                    n = n,
                    severity = severity
                )
            );
            for d in &sorted[i..i + n] {
                let _ = writeln!(out, "{d}");
            }
            i += n;
        }
        out
    }

    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (a.severity, &a.kind, &a.path, a.line, a.col, &a.message)
                .cmp(&(b.severity, &b.kind, &b.path, b.line, b.col, &b.message))
        });
        v.dedup();
        v
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The closest candidate to `word`, for "did you mean" hints.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}
