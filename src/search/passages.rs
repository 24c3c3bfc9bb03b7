//! Pages cut into passages (a section, or a part of a long one), the unit
//! search scores and shows, and each page's passage texts as the compressed
//! entries of the `t/<group>.js` files excerpts are read from. Apart from
//! `index`, since `live` cuts and writes a saved page the same way.

use super::{encode, OutputFile, SearchDoc};

/// A passage id is `doc << PASSAGE_BITS | passage` (the browser's `PASSAGES`).
pub(super) const PASSAGE_BITS: u32 = 6;
/// Passages per page; the rest of a longer page joins its last passage.
const MAX_PASSAGES: usize = 1 << PASSAGE_BITS;
/// A section longer than this (in characters) is cut at a line break.
const PASSAGE_CHARS: usize = 1500;
/// Pages whose texts share a file. A first query fetches the texts of its
/// ten results: two a file took a first Thai query at 3,000 pages from 144 to
/// 193 KB, so one (the browser reads any group size from `meta.js`).
pub(super) const TEXT_GROUP: usize = 1;

pub(super) struct Passage<'a> {
    pub(super) anchor: &'a str,
    pub(super) heading: &'a str,
    /// Heading counted in this passage (the first of a titled section).
    pub(super) with_heading: bool,
    pub(super) text: String,
}

/// GitHub alert markers. pulldown-cmark takes them out of real alerts, but one
/// that is not alone on its line stays literal text: never show it in an
/// excerpt (nor index its word).
const ALERT_MARKERS: [&str; 5] = [
    "[!NOTE]",
    "[!TIP]",
    "[!IMPORTANT]",
    "[!WARNING]",
    "[!CAUTION]",
];

/// The line without alert markers (any case), and the space after one.
fn without_alert_markers(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("[!") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("[!") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        match ALERT_MARKERS.iter().find(|m| {
            tail.get(..m.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(m))
        }) {
            Some(m) => {
                rest = &tail[m.len()..];
                rest = rest.strip_prefix(' ').unwrap_or(rest);
            }
            None => {
                out.push_str("[!");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// A page's passages: never none, so every title is searchable.
pub(super) fn passages<'a>(doc: &SearchDoc<'a>) -> Vec<Passage<'a>> {
    let mut out: Vec<Passage> = Vec::new();
    for s in &doc.sections {
        let mut first = true;
        let mut text = String::new();
        let mut chars = 0;
        for line in s.text.lines() {
            let line = without_alert_markers(line);
            let n = line.chars().count();
            if chars > 0 && chars + n > PASSAGE_CHARS {
                out.push(Passage {
                    anchor: s.anchor,
                    heading: s.heading,
                    with_heading: first && !s.anchor.is_empty(),
                    text: std::mem::take(&mut text),
                });
                first = false;
                chars = 0;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line);
            chars += n + 1;
        }
        if !text.is_empty() || first {
            out.push(Passage {
                anchor: s.anchor,
                heading: s.heading,
                with_heading: first && !s.anchor.is_empty(),
                text,
            });
        }
    }
    if out.is_empty() {
        out.push(Passage {
            anchor: "",
            heading: doc.title,
            with_heading: false,
            text: String::new(),
        });
    }
    if out.len() > MAX_PASSAGES {
        let tail: Vec<String> = out.drain(MAX_PASSAGES..).map(|p| p.text).collect();
        let last = &mut out[MAX_PASSAGES - 1];
        for t in tail {
            last.text.push('\n');
            last.text.push_str(&t);
        }
    }
    out
}

/// The text entry of one page: `{u, t, z}`.
pub(super) fn text_entry(doc: &SearchDoc, passages: &[Passage]) -> String {
    let rows: Vec<[&str; 3]> = passages
        .iter()
        .map(|p| [p.anchor, p.heading, p.text.as_str()])
        .collect();
    let json = serde_json::to_string(&rows).unwrap_or_default();
    let (z, charset) = encode::page_texts(&json);
    let charset = charset.map_or(String::new(), |c| format!(",\"c\":\"{c}\""));
    format!(
        "{{\"u\":{},\"t\":{}{charset},\"z\":\"{z}\"}}",
        encode::json_string(doc.url),
        encode::json_string(doc.title),
    )
}

/// Text file `group`, holding these pages' entries.
pub(super) fn text_file(lang: &str, group: usize, entries: &[String]) -> OutputFile {
    let name = format!("{lang}/t/{group}");
    OutputFile {
        path: format!("search/{name}.js"),
        bytes: encode::script(&name, &format!("[{}]", entries.join(","))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_markers_left_as_text_never_reach_excerpts() {
        assert_eq!(
            without_alert_markers("[!TIP] Same line title"),
            "Same line title"
        );
        assert_eq!(without_alert_markers("a [!note] b [!Warning]"), "a b ");
        assert_eq!(
            without_alert_markers("arr[!i] [!x] ประสาน"),
            "arr[!i] [!x] ประสาน"
        );
        let doc = SearchDoc {
            lang: "en",
            url: "en/a/index.html",
            title: "A",
            sections: vec![super::super::SearchSection {
                anchor: "",
                heading: "A",
                text: "[!NOTE] Keep this.\nAnd this.".into(),
            }],
        };
        assert_eq!(passages(&doc)[0].text, "Keep this.\nAnd this.");
    }
}
