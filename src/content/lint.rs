//! Front matter that reads but is probably a slip, as warnings at its line:
//! an empty `description:` (search results and link previews show nothing),
//! an `updated:` or `date:` in the future (a typo in the year, usually), a
//! code fence that is never closed (it swallows the rest of the page), and a
//! raw `<script>` or `<style>` that is never closed (a browser reads the rest
//! of the page as its content, and the sanitizer removes it with the element).

use super::Page;
use crate::diagnostics::Diagnostic;

/// Warnings for one parsed page; `today` is `(year, month, day)`.
pub fn page(page: &Page, today: (i32, u32, u32)) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if page.failed {
        return out;
    }
    if page
        .meta
        .description
        .as_deref()
        .is_some_and(|d| d.trim().is_empty())
    {
        let (line, col) = page.description_at;
        out.push(
            Diagnostic::warning("front matter", crate::t!("lint-empty-description"))
                .at(&page.source, line, col)
                .hint(crate::t!("lint-empty-description-hint")),
        );
    }
    let dates = [
        ("updated", page.meta.updated, page.updated_at),
        ("date", page.meta.date, page.date_at),
    ];
    for (key, date, (line, col)) in dates {
        let Some(d) = date else { continue };
        if (d.year, d.month, d.day) > today {
            out.push(
                Diagnostic::warning(
                    "front matter",
                    crate::t!("lint-future-date", key = key, date = d.iso()),
                )
                .at(&page.source, line, col)
                .hint(crate::t!("lint-future-date-hint")),
            );
        }
    }
    if let Some(line) = unclosed_fence(&page.body) {
        out.push(
            Diagnostic::warning("markdown", crate::t!("lint-unclosed-fence"))
                .at(&page.source, line + page.body_line - 1, 1)
                .hint(crate::t!("lint-unclosed-fence-hint")),
        );
    }
    if let Some((line, col, tag)) = unclosed_raw(&page.body) {
        out.push(
            Diagnostic::warning("markdown", crate::t!("lint-unclosed-raw", tag = tag))
                .at(&page.source, line + page.body_line - 1, col)
                .hint(crate::t!("lint-unclosed-raw-hint", tag = tag)),
        );
    }
    out
}

/// The first raw `<script>` or `<style>` of the body that nothing closes
/// after it: its 1-based body line and column (in characters), and its tag.
/// The Markdown parser says what is raw HTML, so code (fenced, indented, or
/// a span of any number of backticks) is never mistaken for a tag.
fn unclosed_raw(body: &str) -> Option<(usize, usize, &'static str)> {
    use pulldown_cmark::{Event, Parser};
    let lower = body.to_ascii_lowercase();
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        let (Event::Html(html) | Event::InlineHtml(html)) = event else {
            continue;
        };
        let html = html.to_ascii_lowercase();
        for (at, _) in html.match_indices('<') {
            let after = &html[at + 1..];
            for tag in ["script", "style"] {
                let opens = after.starts_with(tag)
                    && after[tag.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == '>' || c == '/' || c.is_ascii_whitespace());
                let start = range.start + at;
                if opens
                    && body.is_char_boundary(start)
                    && !lower[start..].contains(&format!("</{tag}"))
                {
                    let before = &body[..start];
                    let line = before.matches('\n').count() + 1;
                    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
                    let col = body[line_start..start].chars().count() + 1;
                    return Some((line, col, tag));
                }
            }
        }
    }
    None
}

/// The 1-based body line of a fenced code block that runs to the end of the
/// page without its closing fence. Fences inside lists and quotes are rare
/// in guidance pages; only fences at the start of a line count here.
fn unclosed_fence(body: &str) -> Option<usize> {
    let mut open: Option<(usize, char, usize)> = None;
    for (n, line) in body.lines().enumerate() {
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() > 3 {
            continue;
        }
        let ch = match trimmed.chars().next() {
            Some(c @ ('`' | '~')) => c,
            _ => continue,
        };
        let run = trimmed.chars().take_while(|&c| c == ch).count();
        if run < 3 {
            continue;
        }
        match open {
            None => {
                // A backtick fence's info string may not hold a backtick.
                if ch == '`' && trimmed[run..].contains('`') {
                    continue;
                }
                open = Some((n + 1, ch, run));
            }
            Some((_, c, len)) if c == ch && run >= len && trimmed[run..].trim().is_empty() => {
                open = None
            }
            Some(_) => {}
        }
    }
    open.map(|(line, _, _)| line)
}

/// Today in UTC, from the system clock, as (year, month, day).
pub fn today() -> (i32, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_left_open_is_found_at_its_line() {
        assert_eq!(unclosed_fence("Text\n\n```yaml\ntitle: x\n"), Some(3));
        assert_eq!(
            unclosed_fence("```\ncode\n```\n\n~~~~\nmore\n~~~\n"),
            Some(5)
        );
        assert_eq!(unclosed_fence("```\ncode\n```\n"), None);
        assert_eq!(unclosed_fence("````\n```\n````\n"), None);
        assert_eq!(unclosed_fence("Inline ``` in text\n"), None);
    }

    #[test]
    fn a_script_or_style_left_open_is_found_at_its_line_and_column() {
        assert_eq!(
            unclosed_raw("Text\n\nA <style> here\nand the rest.\n"),
            Some((3, 3, "style"))
        );
        assert_eq!(unclosed_raw("<SCRIPT src=x>\n"), Some((1, 1, "script")));
        // Closed, in code, or another tag: nothing to say.
        assert_eq!(unclosed_raw("<style>p {}</style>\nText\n"), None);
        assert_eq!(unclosed_raw("<script>\nx()\n</SCRIPT>\n"), None);
        assert_eq!(unclosed_raw("Write `<style>` in a template.\n"), None);
        assert_eq!(
            unclosed_raw("A fence ```` ``` ```` then `<script>`.\n"),
            None
        );
        assert_eq!(unclosed_raw("```html\n<style>\n```\n"), None);
        assert_eq!(unclosed_raw("    <script>\n"), None);
        assert_eq!(unclosed_raw("<styles> and <scripted>\n"), None);
        // Columns count characters, not bytes.
        assert_eq!(unclosed_raw("Tiếng Việt <style>\n"), Some((1, 12, "style")));
    }
}
