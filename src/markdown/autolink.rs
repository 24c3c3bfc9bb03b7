//! GFM's extended autolinks: an address written bare in text (`https://…`,
//! `http://…`, `www.…`, `name@example.org`) becomes a link, as editors who
//! use GitHub expect. CommonMark itself links only `<https://…>`. The rules
//! are GFM's: the address starts a word, its domain has a dot, and trailing
//! punctuation or an unmatched `)` stays outside it. Linear in the text.

/// One address found: its byte range in the text and the link's target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub href: String,
}

/// Every bare address in `text`, in order.
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Only an ASCII `h`, `w` or `@` can start an address: other bytes
        // (UTF-8 continuation bytes included) are passed over one by one,
        // without slicing the text at each character (a build's autolink
        // scan was 2.8% of its CPU).
        let Some(skip) = bytes[i..]
            .iter()
            .position(|b| matches!(b, b'h' | b'H' | b'w' | b'W' | b'@'))
        else {
            break;
        };
        i += skip;
        let at_word_start = i == 0
            || matches!(
                bytes[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'*' | b'_' | b'~' | b'('
            );
        let rest = &text[i..];
        let scheme = if !at_word_start {
            None
        } else if starts_with_ci(rest, "https://") {
            Some(8)
        } else if starts_with_ci(rest, "http://") {
            Some(7)
        } else if starts_with_ci(rest, "www.") {
            Some(0)
        } else {
            None
        };
        if let Some(skip) = scheme {
            if let Some(len) = url_len(rest, skip) {
                let url = &rest[..len];
                let href = if skip == 0 {
                    format!("http://{url}")
                } else {
                    url.to_string()
                };
                out.push(Found {
                    start: i,
                    end: i + len,
                    href,
                });
                i += len;
                continue;
            }
        }
        if bytes[i] == b'@' {
            if let Some(found) = email_around(text, i, out.last().map_or(0, |f| f.end)) {
                i = found.end;
                out.push(found);
                continue;
            }
        }
        i += 1;
    }
    out
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// The length of the address at the start of `s` (its scheme `skip` bytes
/// long), or None when no valid domain follows.
fn url_len(s: &str, skip: usize) -> Option<usize> {
    let domain_len = s[skip..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') || *b >= 0x80)
        .count();
    let domain = s[skip..skip + domain_len].trim_end_matches('.');
    let parts: Vec<&str> = domain.split('.').collect();
    let valid = parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty())
        && parts.iter().rev().take(2).all(|p| !p.contains('_'));
    if !valid {
        return None;
    }
    // The path: everything up to a space or `<`.
    let mut end = skip
        + s[skip..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace() || *c == '<')
            .map_or(s.len() - skip, |(k, _)| k);
    // Trailing punctuation is the sentence's, and so is an unmatched `)`.
    loop {
        let url = &s[..end];
        let last = url.chars().next_back()?;
        let punctuation = matches!(
            last,
            '?' | '!' | '.' | ',' | ':' | '*' | '_' | '~' | '\'' | '"'
        );
        let unmatched = last == ')' && url.matches(')').count() > url.matches('(').count();
        if punctuation || unmatched {
            end -= 1;
        } else if last == ';' {
            // `&amp;` at the end is an entity, not part of the address.
            match url.rfind('&') {
                Some(amp)
                    if url[amp + 1..end - 1]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric()) =>
                {
                    end = amp
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    (end > skip + domain.len().min(1)).then_some(end)
}

/// A bare e-mail address around the `@` at `at` (not before `floor`).
fn email_around(text: &str, at: usize, floor: usize) -> Option<Found> {
    let bytes = text.as_bytes();
    let local_ok = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'+');
    let mut start = at;
    while start > floor && local_ok(bytes[start - 1]) {
        start -= 1;
    }
    if start == at {
        return None;
    }
    let domain_ok = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_');
    let mut end = at + 1;
    while end < bytes.len() && domain_ok(bytes[end]) {
        end += 1;
    }
    while end > at + 1 && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let domain = &text[at + 1..end];
    let last = domain.bytes().last()?;
    if !domain.contains('.') || matches!(last, b'-' | b'_') {
        return None;
    }
    let address = &text[start..end];
    Some(Found {
        start,
        end,
        href: format!("mailto:{address}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(&str, String)> {
        find(text)
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.href))
            .collect()
    }

    #[test]
    fn bare_addresses_become_links_as_on_github() {
        assert_eq!(
            links("See https://asean.org/accsm. Or www.example.org/a?b=1, now."),
            [
                (
                    "https://asean.org/accsm",
                    "https://asean.org/accsm".to_string()
                ),
                (
                    "www.example.org/a?b=1",
                    "http://www.example.org/a?b=1".to_string()
                )
            ]
        );
        assert_eq!(
            links("(see https://en.wikipedia.org/wiki/Foo_(bar))"),
            [(
                "https://en.wikipedia.org/wiki/Foo_(bar)",
                "https://en.wikipedia.org/wiki/Foo_(bar)".to_string()
            )]
        );
        assert_eq!(
            links("Write to office@moha.gov.vn."),
            [(
                "office@moha.gov.vn",
                "mailto:office@moha.gov.vn".to_string()
            )]
        );
    }

    #[test]
    fn what_is_not_an_address_stays_text() {
        for text in [
            "nowww.example.org",
            "www.",
            "http://localhost",
            "a@b",
            "xhttps://a.org",
            "www._a.b_",
            "ประสานงาน www",
        ] {
            assert!(links(text).is_empty(), "{text}: {:?}", links(text));
        }
    }
}
