//! A page body rendered with link resolution (the real content tree), heading
//! ids and the glossary (real glossary.yaml plus terms whose case mapping
//! changes length), sanitized (allow_html: false). Invariants: no panic, no
//! `<script`, no `javascript:` inside an attribute, heading ids unique.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sala::links::Resolver;
use sala::markdown::{render, AlertLabels, Glossary, GlossaryEntry, GlossaryMatcher, RenderInput};
use std::collections::HashSet;
use std::sync::OnceLock;

struct State {
    resolver: Resolver,
    entries: Vec<GlossaryEntry>,
    matchers: Vec<(&'static str, GlossaryMatcher)>,
    labels: AlertLabels,
}

const EXTRA_GLOSSARY: &str = "
- id: turkish
  page: handbook/risks.md
  vi: {term: İstanbul ẞtraße, definition: \"<b>x</b> & y\"}
  th: {term: ผู้มีส่วนได้ส่วนเสีย, aliases: [ก, ไทย], definition: D}
  en: {term: ﬁnance, aliases: [ΐ, STRASSE, İ], definition: \"\\\" onmouseover=alert(1) x=\\\"\"}
";

fn state() -> &'static State {
    static S: OnceLock<State> = OnceLock::new();
    S.get_or_init(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
        let mut pages = Vec::new();
        for e in walkdir::WalkDir::new(root).into_iter().flatten() {
            let rel = e.path().strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            if let Some(stem) = rel.strip_suffix(".md") {
                let url = match stem.strip_suffix("_index") {
                    Some(dir) => format!("{dir}index.html"),
                    None => format!("{stem}/index.html"),
                };
                pages.push((rel.clone(), url));
            }
        }
        assert!(!pages.is_empty());
        let resolver = Resolver::new(pages, ["vi/handbook/figure.png".to_string()], false);
        let mut entries: Vec<GlossaryEntry> =
            sala::yaml::from_str(include_str!("../../glossary.yaml")).expect("glossary");
        entries.extend(sala::yaml::from_str::<Vec<GlossaryEntry>>(EXTRA_GLOSSARY).expect("extra"));
        let matchers = ["vi", "th", "en"]
            .into_iter()
            .filter_map(|l| GlossaryMatcher::new(&entries, l).map(|m| (l, m)))
            .collect();
        let labels = AlertLabels {
            note: "Ghi chú".into(),
            tip: "<Mẹo>".into(),
            important: "สำคัญ".into(),
            warning: "Warning & co".into(),
            caution: "Caution".into(),
            editor: "Editor's note".into(),
        };
        State { resolver, entries, matchers, labels }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else { return };
    let s = state();
    let (lang, matcher) = &s.matchers[data.len() % s.matchers.len()];
    let path = format!("{lang}/handbook/risks.md");
    let url = format!("{lang}/handbook/risks/index.html");
    let input = RenderInput {
        path: &path,
        url: &url,
        body,
        body_line: 5,
        allow_html: false,
        glossary: Some(Glossary { matcher, entries: &s.entries, lang }),
    };
    let out = render(&input, &s.resolver, &s.labels);
    let held = out.html.get();
    let html: &str = &held;
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "<script in output: {html}");
    // `javascript:` as the scheme of an attribute value (a relative path
    // that merely contains it, `a/javascript:b.md`, runs nothing).
    for q in ["=\"", "='", "="] {
        for (i, _) in lower.match_indices(q) {
            // Only inside a tag: `=javascript:` in text runs nothing.
            let in_tag = lower[..i].rfind('<') > lower[..i].rfind('>');
            // Only attributes that hold an address (`id="javascript:x"` is a name).
            let url_attr = ["href", "src", "action", "formaction", "data", "poster", "xlink:href"]
                .iter()
                .any(|a| lower[..i].ends_with(&format!(" {a}")));
            if !in_tag || !url_attr {
                continue;
            }
            let v: String = lower[i + q.len()..]
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take(11)
                .collect();
            assert!(v != "javascript:", "javascript: URL in an attribute: {}", html[i..].chars().take(40).collect::<String>());
        }
    }
    // Heading ids written by the renderer are unique within the page.
    let mut seen = HashSet::new();
    for t in &out.toc {
        assert!(seen.insert(t.id.clone()), "duplicate toc id {:?}", t.id);
    }
    let mut seen = HashSet::new();
    for (i, _) in html.match_indices("<h") {
        let rest = &html[i + 2..];
        if rest.as_bytes().first().is_some_and(|b| (b'1'..=b'6').contains(b)) {
            if let Some(r) = rest[1..].strip_prefix(" id=\"") {
                let id = &r[..r.find('"').unwrap_or(r.len())];
                // Raw-HTML headings are the author's; generated ones are ours.
                assert!(seen.insert(id.to_string()) || body.contains('<'), "duplicate heading id {id:?}");
            }
        }
    }
});
