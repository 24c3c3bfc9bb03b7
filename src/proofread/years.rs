//! One date written with its year twice. A date here is a chain of years
//! (each with its era if it has one: พ.ศ., ค.ศ., B.E., CE, AD) linked by
//! nothing but spaces, brackets and slashes: "พ.ศ. 2559 (ค.ศ. 2016)". The
//! same era and year twice in one chain is a slip ("… (ค.ศ. 2016) (พ.ศ.
//! 2559)"), and so is a Buddhist-era year that is not its Gregorian
//! partner plus 543. Thai and ASCII digits are read alike.

use super::Finding;

/// Eras as written, longest first, and the era they stand for.
const ERAS: &[(&str, Era)] = &[
    ("พ.ศ.", Era::Buddhist),
    ("ค.ศ.", Era::Common),
    ("B.E.", Era::Buddhist),
    ("C.E.", Era::Common),
    ("CE", Era::Common),
    ("AD", Era::Common),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Era {
    Buddhist,
    Common,
    Unmarked,
}

/// A year or a range of years, with its era.
#[derive(Debug, Clone)]
struct Year {
    start: usize,
    end: usize,
    era: Era,
    first: u32,
    last: u32,
}

pub fn find(text: &str) -> Vec<Finding> {
    let years = years(text);
    let mut out = Vec::new();
    let mut chain: Vec<&Year> = Vec::new();
    for y in &years {
        let linked = chain
            .last()
            .is_some_and(|prev| text[prev.end..y.start].chars().all(is_link));
        if !linked {
            judge(text, &chain, &mut out);
            chain.clear();
        }
        chain.push(y);
    }
    judge(text, &chain, &mut out);
    out
}

fn is_link(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '/' | '\u{a0}')
}

fn judge(text: &str, chain: &[&Year], out: &mut Vec<Finding>) {
    for (i, y) in chain.iter().enumerate() {
        if let Some(_twin) = chain[..i]
            .iter()
            .find(|p| p.era == y.era && p.first == y.first && p.last == y.last)
        {
            let shown = &text[y.start..y.end];
            out.push(Finding {
                start: y.start,
                end: y.end,
                message: crate::t!("text-year-twice", year = shown.trim()),
                hint: crate::t!("text-year-twice-hint"),
            });
            return;
        }
    }
    let be = chain.iter().find(|y| y.era == Era::Buddhist);
    let ce = chain.iter().find(|y| y.era == Era::Common);
    if let (Some(be), Some(ce)) = (be, ce) {
        if be.first != ce.first + 543 || be.last != ce.last + 543 {
            let later = if be.start > ce.start { be } else { ce };
            out.push(Finding {
                start: later.start,
                end: later.end,
                message: crate::t!(
                    "text-years-differ",
                    buddhist = text[be.start..be.end].trim(),
                    common = text[ce.start..ce.end].trim()
                ),
                hint: crate::t!(
                    "text-years-differ-hint",
                    common = ce.first.to_string(),
                    buddhist = (ce.first + 543).to_string()
                ),
            });
        }
    }
}

/// Every year (3 or 4 digits, not inside a longer number or a date like
/// 22/8/2023's day) and range of years, with the era written before it.
fn years(text: &str) -> Vec<Year> {
    let mut out = Vec::new();
    let b = text;
    let mut i = 0;
    while i < b.len() {
        // Straight to the next digit: most of a text has none.
        match b[i..].find(is_digit) {
            Some(0) => {}
            Some(skip) => i += skip,
            None => break,
        }
        let Some((n, len)) = number(&b[i..]) else {
            i += b[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let digits_before = b[..i].chars().next_back().is_some_and(is_digit);
        let start_num = i;
        i += len;
        if digits_before || !(3..=4).contains(&count_digits(&b[start_num..i])) {
            continue;
        }
        let mut last = n;
        let mut end = i;
        // A range: 2008–2012, 2551-2555.
        let rest = &b[i..];
        let dash = rest.trim_start_matches(' ');
        if let Some(c) = dash.chars().next().filter(|c| matches!(c, '–' | '-' | '—')) {
            let after = dash[c.len_utf8()..].trim_start_matches(' ');
            if let Some((m, l)) = number(after) {
                if count_digits(&after[..l]) >= 2 {
                    last = m;
                    end = b.len() - after.len() + l;
                    i = end;
                }
            }
        }
        let (era, start) = era_before(b, start_num);
        out.push(Year {
            start,
            end,
            era,
            first: n,
            last,
        });
    }
    out
}

fn era_before(text: &str, at: usize) -> (Era, usize) {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    for (name, era) in ERAS {
        if let Some(stripped) = before.strip_suffix(name) {
            let ok = stripped
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if ok {
                return (*era, stripped.len());
            }
        }
    }
    (Era::Unmarked, at)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('๐'..='๙').contains(&c)
}

fn count_digits(s: &str) -> usize {
    s.chars().filter(|&c| is_digit(c)).count()
}

/// A run of ASCII or Thai digits at the start of `s`: its value and length
/// in bytes; None if `s` does not start with a digit or the run goes on
/// into letters (2016a) or more digits than a year has.
fn number(s: &str) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    let mut count = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '๐'..='๙' => c as u32 - '๐' as u32,
            _ => break,
        };
        count += 1;
        if count > 4 {
            return None;
        }
        value = value * 10 + d;
        len += c.len_utf8();
    }
    if count == 0 {
        return None;
    }
    if s[len..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((value, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        find(text).into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn a_year_twice_in_one_date() {
        assert_eq!(
            found("เมื่อ พ.ศ. 2559 (ค.ศ. 2016) (พ.ศ. 2559) ที่โตเกียว"),
            ["the year 'พ.ศ. 2559' is given twice in one date"]
        );
        assert_eq!(
            found("แผนงาน พ.ศ. 2551–2555 (ค.ศ. 2008–2012) (พ.ศ. 2551–2555)").len(),
            1
        );
        assert_eq!(found("Tokyo, 2016 (2016)").len(), 1);
        assert_eq!(found("năm 2016 (2016)").len(), 1);
        assert_eq!(found("พ.ศ. ๒๕๕๖ (พ.ศ. 2556)").len(), 1);
    }

    #[test]
    fn a_buddhist_year_that_is_not_its_partner() {
        assert_eq!(found("พ.ศ. 2559 (ค.ศ. 2017)").len(), 1);
        assert!(found("พ.ศ. 2559 (ค.ศ. 2016)").is_empty());
        assert!(found("พ.ศ. 2551–2555 (ค.ศ. 2008–2012)").is_empty());
    }

    #[test]
    fn separate_dates_are_not_one() {
        for ok in [
            "ในปี 2016 และอีกครั้งในปี 2016",
            "2008–2012, 2008",
            "22–24/8/2023",
            "ACCSM 14 (2007)",
            "10/2007, 01/2004",
            "Bandung 9–10/5/2007",
            "พ.ศ. 2566 จนถึง พ.ศ. 2566",
        ] {
            assert!(found(ok).is_empty(), "{ok}: {:?}", found(ok));
        }
    }
}
