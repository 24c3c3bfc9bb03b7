//! A deterministic synthetic knowledge base for benchmarks: N pages per
//! language with realistic Vietnamese (with diacritics), Thai (no spaces between
//! words) and English text, headings, lists, tables, taxonomy terms and relative
//! `.md` links between pages and translations. Same seed, same bytes.

use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::path::Path;

const VI: &[&str] = &[
    "hợp tác",
    "quản lý",
    "quy trình",
    "công chức",
    "cơ quan",
    "nhà nước",
    "đối thoại",
    "chính sách",
    "rủi ro",
    "nguồn lực",
    "năng lực",
    "lãnh đạo",
    "đánh giá",
    "hiệu suất",
    "minh bạch",
    "trách nhiệm",
    "giải trình",
    "đồng thuận",
    "các bên",
    "liên quan",
    "thực hiện",
    "kết quả",
    "mục tiêu",
    "kế hoạch",
    "điều phối",
    "hỗ trợ",
    "hòa giải",
    "tổ chức",
    "cuộc họp",
    "thông tin",
    "dữ kiện",
    "phân tích",
    "chiến lược",
    "thay đổi",
    "dịch vụ",
    "công vụ",
    "khu vực",
    "quốc gia",
    "phát triển",
    "đào tạo",
    "chất lượng",
    "điện tử",
    "chính phủ",
    "xây dựng",
    "tăng cường",
    "người dân",
    "cộng đồng",
    "ý kiến",
    "trung lập",
    "kinh nghiệm",
    "kỹ năng",
    "tài chính",
    "kỹ thuật",
    "xã hội",
    "con người",
    "uy tín",
];
const TH: &[&str] = &[
    "การประสานงาน",
    "ผู้มีส่วนได้ส่วนเสีย",
    "ความร่วมมือ",
    "ธรรมาภิบาล",
    "การบริหาร",
    "หน่วยงาน",
    "ภาครัฐ",
    "นโยบาย",
    "การตัดสินใจ",
    "ความโปร่งใส",
    "ความรับผิดชอบ",
    "ทรัพยากร",
    "การแก้ไขข้อขัดแย้ง",
    "เป้าหมาย",
    "ยุทธศาสตร์",
    "การติดตาม",
    "ประเมินผล",
    "การเรียนรู้",
    "รัฐมนตรี",
    "กระทรวง",
    "เจ้าหน้าที่",
    "ข้าราชการ",
    "การพัฒนา",
    "ศักยภาพ",
    "ผู้นำ",
    "การเปลี่ยนแปลง",
    "บริการสาธารณะ",
    "คุณภาพ",
    "รัฐบาลอิเล็กทรอนิกส์",
    "ชุมชน",
    "ภาคเอกชน",
    "ข้อมูล",
    "การสื่อสาร",
    "เครือข่าย",
    "ความไว้วางใจ",
    "แผนงาน",
    "ขั้นตอน",
    "ปัญหา",
    "อุปสรรค",
    "วิธีการ",
    "กลยุทธ์",
    "ความพร้อม",
    "ระบบสนับสนุน",
    "การประชุม",
    "เอกสาร",
    "อาเซียน",
    "ประสานงาน",
    "ร่วมกัน",
    "อย่างมีประสิทธิภาพ",
    "ต่อเนื่อง",
    "ที่เกี่ยวข้อง",
    "และ",
    "ของ",
    "ใน",
];
const EN: &[&str] = &[
    "collaboration",
    "process",
    "manager",
    "officials",
    "agency",
    "government",
    "dialogue",
    "policy",
    "risks",
    "resources",
    "capacity",
    "leadership",
    "evaluation",
    "performance",
    "transparency",
    "accountability",
    "consensus",
    "stakeholders",
    "implementation",
    "results",
    "objectives",
    "planning",
    "coordination",
    "facilitation",
    "mediation",
    "organisation",
    "meetings",
    "information",
    "facts",
    "analysis",
    "strategy",
    "change",
    "services",
    "civil",
    "service",
    "regional",
    "national",
    "development",
    "training",
    "quality",
    "electronic",
    "building",
    "strengthening",
    "citizens",
    "community",
    "views",
    "neutral",
    "experience",
    "skills",
    "financial",
    "technical",
    "social",
    "managing",
    "reputation",
    "the",
    "of",
    "and",
    "for",
    "with",
    "in",
];
const TOPICS: usize = 40;

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }
}

fn sentence(rng: &mut Rng, lang: &str, words: usize) -> String {
    let list = match lang {
        "vi" => VI,
        "th" => TH,
        _ => EN,
    };
    let mut s = String::new();
    let mut last = "";
    for i in 0..words {
        // Prose does not write a word twice in a row: drawn at random from a
        // short list it did, twenty times a page, and `sala check` rightly
        // warned of each (589,000 warnings, 0.4 GB, at 30,000 pages).
        let mut w = rng.pick(list);
        while w == last {
            w = rng.pick(list);
        }
        last = w;
        if i > 0 && lang != "th" {
            s.push(' ');
        }
        if i == 0 && lang != "th" {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(w);
        }
    }
    if lang == "th" {
        s.push(' ');
    } else {
        s.push_str(". ");
    }
    s
}

fn paragraph(rng: &mut Rng, lang: &str) -> String {
    let n = 4 + rng.below(4);
    let mut p = String::new();
    for _ in 0..n {
        let words = 8 + rng.below(10);
        p.push_str(&sentence(rng, lang, words));
    }
    p.trim_end().to_string()
}

fn page_path(section: usize, page: usize) -> String {
    format!("section-{section:02}/page-{page:05}.md")
}

/// Writes the site; returns the number of pages.
pub fn generate(from: &Path, out: &Path, per_lang: usize, seed: u64) -> Result<usize> {
    let sections = (per_lang / 100).clamp(1, 100);
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    copy_dir(&from.join("themes"), &out.join("themes"))?;
    copy_dir(&from.join("i18n"), &out.join("i18n"))?;
    let mut yaml = String::from(
        "title:\n  vi: Cơ sở tri thức tổng hợp\n  th: คลังความรู้สังเคราะห์\n  en: Synthetic knowledge base\n\
         languages:\n  - code: vi\n    name: Tiếng Việt\n  - code: th\n    name: ไทย\n  - code: en\n    name: English\n\
         default_language: en\ntaxonomies:\n  - name: topics\n    title: {vi: Chủ đề, th: หัวข้อ, en: Topics}\n    terms:\n",
    );
    for t in 0..TOPICS {
        let _ = writeln!(
            yaml,
            "      topic-{t:02}: {{vi: Chủ đề {t}, th: หัวข้อ {t}, en: Topic {t}}}"
        );
    }
    std::fs::write(out.join("sala.yaml"), yaml)?;
    let mut count = 0;
    for lang in ["vi", "th", "en"] {
        let mut rng = Rng(seed ^ 0x9E37_79B9_7F4A_7C15 ^ lang.as_bytes()[0] as u64);
        let root = out.join("content").join(lang);
        let title = |rng: &mut Rng| {
            sentence(rng, lang, 3)
                .trim_end_matches(['.', ' '])
                .to_string()
        };
        let mut home = format!(
            "---\ntitle: \"{}\"\ndescription: \"{}\"\n---\n\n",
            title(&mut rng),
            title(&mut rng)
        );
        for s in 0..sections {
            let _ = writeln!(home, "- [{}](section-{s:02}/_index.md)", title(&mut rng));
        }
        write(&root.join("_index.md"), &home)?;
        count += 1;
        for page in 0..per_lang {
            let s = page % sections;
            if page < sections {
                let mut idx = format!(
                    "---\ntitle: \"{}\"\nweight: {s}\n---\n\n{}\n\n",
                    title(&mut rng),
                    paragraph(&mut rng, lang)
                );
                let mut p = s;
                while p < per_lang {
                    let _ = writeln!(idx, "- [{}](page-{p:05}.md)", title(&mut rng));
                    p += sections;
                }
                write(&root.join(format!("section-{s:02}/_index.md")), &idx)?;
                count += 1;
            }
            let mut md = String::with_capacity(14_000);
            let _ = write!(
                md,
                "---\ntitle: \"{}\"\ndescription: \"{}\"\ndate: 2026-01-{:02}\nweight: {page}\ntopics: [topic-{:02}, topic-{:02}]\n---\n\n",
                title(&mut rng),
                title(&mut rng),
                1 + page % 28,
                rng.below(TOPICS),
                rng.below(TOPICS)
            );
            md.push_str(&paragraph(&mut rng, lang));
            md.push_str("\n\n");
            for h in 0..5 {
                let _ = writeln!(md, "## {} {{#part-{h}}}\n", title(&mut rng));
                for _ in 0..3 {
                    md.push_str(&paragraph(&mut rng, lang));
                    md.push_str("\n\n");
                }
                match h {
                    1 => {
                        for _ in 0..5 {
                            let _ = writeln!(md, "- {}", sentence(&mut rng, lang, 6).trim_end());
                        }
                        md.push('\n');
                    }
                    2 => {
                        let _ = writeln!(
                            md,
                            "| {} | {} |\n|---|---|",
                            title(&mut rng),
                            title(&mut rng)
                        );
                        for _ in 0..4 {
                            let _ = writeln!(md, "| {} | {} |", title(&mut rng), title(&mut rng));
                        }
                        md.push('\n');
                    }
                    3 => {
                        for _ in 0..3 {
                            let other = rng.below(per_lang);
                            let _ = writeln!(
                                md,
                                "- [{}](../{}#part-{})",
                                title(&mut rng),
                                page_path(other % sections, other),
                                rng.below(5)
                            );
                        }
                        let tl = ["vi", "th", "en"][rng.below(3)];
                        let _ = writeln!(md, "- [{tl}](../../{tl}/{})\n", page_path(s, page));
                    }
                    _ => {}
                }
            }
            write(&root.join(page_path(s, page)), &md)?;
            count += 1;
        }
    }
    Ok(count)
}

fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry?;
        let rel = entry.path().strip_prefix(from)?;
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest)?;
        } else {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}
