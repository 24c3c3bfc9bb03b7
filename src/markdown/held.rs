//! Rendered text held from rendering until it is written. A build holds every
//! page's HTML and plain text at once (the links, lists and books need the
//! whole site first): 1.15 GB at 30,000 pages. Large sites hold them
//! LZ4-compressed, unpacked when a page, a book or the index reads them;
//! small sites keep them as they are, where packing would only cost time.

use std::borrow::Cow;

/// Pages from which a build holds rendered text compressed.
pub const PACK_FROM: usize = 5000;

/// `PACK_FROM`, or the number in `SALA_PACK_FROM` (the tests set 0 to build a
/// small site the way a large one is built).
pub fn pack_from() -> usize {
    std::env::var("SALA_PACK_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(PACK_FROM)
}

#[derive(Debug, Clone)]
pub enum Held {
    Plain(String),
    /// LZ4 block, its original length in front.
    Packed(Vec<u8>),
}

impl Default for Held {
    fn default() -> Held {
        Held::Plain(String::new())
    }
}

impl From<String> for Held {
    fn from(s: String) -> Held {
        Held::Plain(s)
    }
}

impl Held {
    /// The text, unpacked if it was packed.
    pub fn get(&self) -> Cow<'_, str> {
        match self {
            Held::Plain(s) => Cow::Borrowed(s),
            // The bytes were packed from a `String` here: they unpack to
            // valid UTF-8, and a failure would be a bug, shown as an empty page.
            Held::Packed(b) => Cow::Owned(
                lz4_flex::decompress_size_prepended(b)
                    .ok()
                    .and_then(|v| crate::text::utf8_string(&v))
                    .unwrap_or_default(),
            ),
        }
    }

    /// Compresses the text in place.
    pub fn pack(&mut self) {
        if let Held::Plain(s) = self {
            *self = Held::Packed(lz4_flex::compress_prepend_size(s.as_bytes()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_text_reads_back_the_same() {
        for text in [
            "",
            "<p>Quản lý rủi ro</p>",
            "การประสานงาน ".repeat(500).as_str(),
        ] {
            let mut h = Held::from(text.to_string());
            assert_eq!(h.get(), text);
            h.pack();
            assert!(matches!(h, Held::Packed(_)));
            assert_eq!(h.get(), text);
        }
    }
}
