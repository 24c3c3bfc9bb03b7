//! Mechanical damage that a bulk edit leaves in prose and that no reader
//! should meet: a word or phrase written twice in a row ("การเสวนาการเสวนา",
//! "the the") and one year given twice in one date ("พ.ศ. 2559 (ค.ศ. 2016)
//! (พ.ศ. 2559)"). `sala check` and every build run it over page prose and the
//! site's other texts (labels, glossary, UI strings), beside the terminology
//! check; findings are warnings at the place they are written.

mod repeats;
mod years;

/// One finding: a byte range of the text, what is wrong and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub hint: String,
}

/// Every finding in one run of prose written in `lang`.
pub fn check(text: &str, lang: &str) -> Vec<Finding> {
    let mut out = repeats::find(text, lang);
    out.extend(years::find(text));
    out.sort_by_key(|f| f.start);
    out
}
