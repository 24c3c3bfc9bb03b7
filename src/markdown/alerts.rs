//! Editor's-note boxes: `> [!EDITOR]`, an alert kind of sala's own beside
//! GitHub's five. pulldown-cmark knows only GitHub's kinds, so the marker is
//! rewritten to a `[!NOTE]` of the same length (every byte offset, and so
//! every line and column in a diagnostic, stays where it was) and the
//! blockquotes it opens are remembered by the line they start on.

use std::borrow::Cow;

/// The marker editors write on the first line of the quote.
pub const EDITOR_MARKER: &str = "[!EDITOR]";
/// What it becomes for the parser: a note, padded to the marker's length.
const AS_NOTE: &str = "[!NOTE]  ";

/// The body with every editor's-note marker made a note marker, and the
/// byte offsets of the lines those markers stand on (sorted).
pub fn editor_notes(body: &str) -> (Cow<'_, str>, Vec<usize>) {
    let mut candidates = Vec::new();
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        if let Some(at) = marker_in(line) {
            candidates.push((start, start + at));
        }
        start += line.len();
    }
    if candidates.is_empty() {
        return (Cow::Borrowed(body), Vec::new());
    }
    // Only lines where a quote really starts: not a marker shown in a code
    // block (the editors' guide shows one). A second parse, for the few
    // pages that hold a marker at all.
    let quote_lines: std::collections::HashSet<usize> =
        pulldown_cmark::Parser::new_ext(body, super::options::options())
            .into_offset_iter()
            .filter(|(e, _)| {
                matches!(
                    e,
                    pulldown_cmark::Event::Start(pulldown_cmark::Tag::BlockQuote(_))
                )
            })
            .map(|(_, r)| line_start(body, r.start))
            .collect();
    let (lines, marks): (Vec<usize>, Vec<usize>) = candidates
        .into_iter()
        .filter(|(line, _)| quote_lines.contains(line))
        .unzip();
    if marks.is_empty() {
        return (Cow::Borrowed(body), lines);
    }
    let mut out = String::with_capacity(body.len());
    let mut last = 0;
    for at in marks {
        out.push_str(&body[last..at]);
        out.push_str(AS_NOTE);
        last = at + EDITOR_MARKER.len();
    }
    out.push_str(&body[last..]);
    (Cow::Owned(out), lines)
}

/// Where the marker sits in a line that is only quote markers, spaces and
/// the marker (any case), as GitHub reads its own alert markers.
fn marker_in(line: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '>' => quoted = true,
            ' ' | '\t' => {}
            '[' if quoted => {
                let rest = &line[i..];
                let marker = rest.get(..EDITOR_MARKER.len())?;
                let after = &rest[EDITOR_MARKER.len()..];
                return (marker.eq_ignore_ascii_case(EDITOR_MARKER) && after.trim().is_empty())
                    .then_some(i);
            }
            _ => return None,
        }
    }
    None
}

/// Whether the blockquote starting at `offset` opened on a marker line.
pub fn starts_editor_note(lines: &[usize], body: &str, offset: usize) -> bool {
    if lines.is_empty() {
        return false;
    }
    lines.binary_search(&line_start(body, offset)).is_ok()
}

/// The offset of the start of the line holding `offset`.
fn line_start(body: &str, offset: usize) -> usize {
    body.as_bytes()[..offset.min(body.len())]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_keep_every_offset() {
        let body = "Intro\n\n> [!EDITOR]\n> The remark.\n\n> [!editor]  \n> Two.\n";
        let (out, lines) = editor_notes(body);
        assert_eq!(out.len(), body.len());
        assert_eq!(lines, [7, 34]);
        assert!(out.contains("> [!NOTE]  \n> The remark."));
        assert_eq!(out.find("The remark"), body.find("The remark"));
    }

    #[test]
    fn only_a_marker_alone_on_a_quote_line_counts() {
        for body in [
            "[!EDITOR]\n",
            "> [!EDITOR] and text\n",
            "> text [!EDITOR]\n",
            "`> [!EDITOR]`\n",
            "```\n> [!EDITOR]\n> shown, not made\n```\n",
            "    > [!EDITOR]\n",
        ] {
            let (out, lines) = editor_notes(body);
            assert!(lines.is_empty(), "{body:?}");
            assert_eq!(out, body);
        }
        let (_, lines) = editor_notes("> > [!EDITOR]\n");
        assert_eq!(lines, [0]);
    }
}
