//! HTML input: the text a reader of a page sees, with a map from every byte of that text
//! back to the bytes of the HTML, so a summary of a scraped page still points into the page
//! as it was given.
//!
//! This reads markup as tag soup, the way a text extractor must (no tree is built, nothing
//! is corrected): tags and comments go, character references are decoded (the entity table
//! is [`htmlize`]'s, the WHATWG one), runs of white space become one space as a browser
//! shows them, and block elements (`<p>`, `<div>`, `<br>`, `<li>`, headings, ...) end a line,
//! which is where the sentence splitter ends a sentence whatever punctuation is missing. The
//! content of `<script>`, `<style>`, `<head>` and page furniture (`<nav>`, `<footer>`,
//! `<aside>`, `<form>`, `<figure>`, ...) is no article text and is left out; when that would
//! leave no Arabic at all (an unclosed `<nav>` swallowing the page), only scripts, styles and
//! the head are left out. A page that marks its main content with `<main>` (else
//! `<article>`) is read there alone, so a cookie notice, a news ticker or a "read also" line
//! around it is not taken for the article's lead. The first `<h1>` with Arabic in it is taken as the page's
//! [title](HtmlText::title) and left out of the text (it is the headline, not the article),
//! else the `<title>` element is the title.
//!
//! ```
//! use mujaz_text::html::HtmlText;
//!
//! let html = "<h1>عنوان الخبر</h1><p>قال الوزير إن الخطة &amp; الميزانية جاهزتان.</p>\
//!             <p>وأضاف أن التنفيذ يبدأ غدا.</p>";
//! let page = HtmlText::parse(html);
//! assert_eq!(page.title(), Some("عنوان الخبر"));
//! assert_eq!(page.text(), "قال الوزير إن الخطة & الميزانية جاهزتان.\nوأضاف أن التنفيذ يبدأ غدا.");
//! // Every range of the text maps back to the HTML it came from.
//! let amp = page.text().find('&').unwrap();
//! let (a, b) = page.source_range(amp, amp + 1);
//! assert_eq!(&html[a..b], "&amp;");
//! let second = page.text().find('\n').unwrap() + 1;
//! let (a, b) = page.source_range(second, page.text().len());
//! assert_eq!(&html[a..b], "وأضاف أن التنفيذ يبدأ غدا.");
//! ```

/// Elements whose content is raw text (no markup is looked for inside them, as in HTML):
/// none of it is article text (`<title>` is read as the page's title).
const RAW_TEXT: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose content is no part of the article: the head, page furniture and embedded
/// objects.
const FURNITURE: &[&str] = &[
    "head",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "math",
    "noscript",
    "template",
    "figure",
    "figcaption",
    "object",
    "audio",
    "video",
    "canvas",
    "dialog",
    "menu",
];

/// Containers whose `class`, `id` or `role` can mark them as page furniture (see
/// [`FURNITURE_NAMES`]): other elements' classes style text more often than they say what
/// it is.
const CLASSED: &[&str] = &["div", "section", "ul", "ol", "span", "table"];

/// Words of a container's `class` or `id` (split at spaces, `-` and `_`; a plural `s` is
/// allowed) that mark it as no part of the article: notices, tickers, sharing buttons,
/// comments, related stories, ads, menus.
const FURNITURE_NAMES: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "ticker",
    "newsletter",
    "subscribe",
    "share",
    "sharing",
    "social",
    "comment",
    "related",
    "ad",
    "advert",
    "advertisement",
    "promo",
    "popup",
    "modal",
    "sidebar",
    "breadcrumb",
    "navbar",
    "menu",
    "nav",
    "footer",
    "tag",
];

/// Landmark roles of page furniture.
const FURNITURE_ROLES: &[&str] = &["navigation", "complementary", "contentinfo", "search"];

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that stand on lines of their own: their start and end tags end a line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that hold a page's main content, most specific last: the first of them the
/// page has with Arabic text in it is all that is read.
const SCOPES: [&str; 2] = ["main", "article"];

/// Longest character reference looked for (`&CounterClockwiseContourIntegral;` is 33 bytes).
const MAX_REFERENCE: usize = 40;

/// The text of an HTML page and where each of its bytes came from.
#[derive(Clone, Debug, Default)]
pub struct HtmlText {
    text: String,
    title: Option<String>,
    pieces: Vec<Piece>,
}

/// Bytes `text..text + text_len` of the text came from bytes `src..src + src_len` of the
/// HTML; `copied` pieces are the same bytes, the others a decoded reference, a space for a
/// run of white space, or a line break for a block tag.
#[derive(Clone, Copy, Debug)]
struct Piece {
    text: usize,
    text_len: usize,
    src: usize,
    src_len: usize,
    copied: bool,
}

impl HtmlText {
    /// Read `html` (a whole page or a fragment; anything is accepted, as browsers do).
    pub fn parse(html: &str) -> HtmlText {
        // The page's main content, when it marks it, without what stands around it (a cookie
        // notice, a ticker, teasers of other stories). Its text is part of the whole page's,
        // so the page is read whole only when the scope has no Arabic, or for an `<h1>`
        // outside the scope.
        for scope in SCOPES {
            if find_tag(html, 0, "<", scope).is_none() {
                continue;
            }
            let (mut main, page_title) = Parser::new(html, true, Some(scope)).run();
            if crate::has_arabic(&main.text) {
                if main.title.is_none() {
                    main.title = Parser::new(html, true, None).run().0.title;
                }
                main.title = main.title.or(page_title);
                return main;
            }
        }
        let titled = |(mut page, page_title): (HtmlText, Option<String>)| {
            page.title = page.title.or(page_title);
            page
        };
        let page = titled(Parser::new(html, true, None).run());
        if crate::has_arabic(&page.text) || !crate::has_arabic(html) {
            return page;
        }
        let all = titled(Parser::new(html, false, None).run());
        if crate::has_arabic(&all.text) {
            all
        } else {
            page
        }
    }

    /// The text a reader sees: one line per block, single spaces.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The page's title: its first `<h1>` with Arabic in it (left out of the text), else
    /// its `<title>`.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The bytes of the HTML behind bytes `start..end` of the text (`start <= end`, both at
    /// most the text's length): from where the first byte's markup or character begins to
    /// where the last one's ends. An empty range maps to the point where byte `start`'s
    /// source begins (the HTML's end for the text's end).
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.source_start(start);
        if end <= start {
            return (a, a);
        }
        (a, self.source_end(end).max(a))
    }

    /// Where the source of text byte `t` begins.
    fn source_start(&self, t: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.text + p.text_len <= t);
        match self.pieces.get(i) {
            Some(p) if p.copied => p.src + t.saturating_sub(p.text),
            Some(p) => p.src,
            None => self.pieces.last().map_or(0, |p| p.src + p.src_len),
        }
    }

    /// Where the source of the text before byte `t` ends.
    fn source_end(&self, t: usize) -> usize {
        if t == 0 {
            return self.pieces.first().map_or(0, |p| p.src);
        }
        let i = self.pieces.partition_point(|p| p.text + p.text_len < t);
        match self.pieces.get(i) {
            Some(p) if p.copied => p.src + (t - p.text).min(p.src_len),
            Some(p) => p.src + p.src_len,
            None => self.pieces.last().map_or(0, |p| p.src + p.src_len),
        }
    }
}

/// What the text was when an `<h1>` began, to take the heading back out of it.
#[derive(Clone, Copy, Debug)]
struct Mark {
    text_len: usize,
    pieces: usize,
    pending: Pending,
}

/// White space or a line break seen but not written yet: it is written before the next
/// character, so the text neither starts nor ends with one nor doubles them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Pending {
    #[default]
    None,
    /// A space, from these bytes.
    Space(usize, usize),
    /// A line break, from this tag.
    Break(usize, usize),
}

struct Parser<'a> {
    html: &'a str,
    skip_furniture: bool,
    /// Only the content of these elements is text (see [`SCOPES`]).
    scope: Option<&'static str>,
    /// How many scope elements are open.
    in_scope: usize,
    out: HtmlText,
    pending: Pending,
    /// Open elements whose content is left out: the first is the one that started it, the
    /// others were opened inside it (so its end tag is told from theirs).
    skipping: Vec<String>,
    h1: Option<Mark>,
    page_title: Option<String>,
}

impl<'a> Parser<'a> {
    fn new(html: &'a str, skip_furniture: bool, scope: Option<&'static str>) -> Self {
        Parser {
            html,
            skip_furniture,
            scope,
            in_scope: 0,
            out: HtmlText::default(),
            pending: Pending::None,
            skipping: Vec::new(),
            h1: None,
            page_title: None,
        }
    }

    /// The text, its title the first `<h1>` with Arabic that was read (text is only read in
    /// the scope), and the `<title>` element's text apart.
    fn run(mut self) -> (HtmlText, Option<String>) {
        let bytes = self.html.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'<' => i = self.markup(i),
                b'&' => i = self.reference(i),
                b' ' | b'\t' | b'\n' | b'\r' | 0x0C => {
                    let mut j = i + 1;
                    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
                    {
                        j += 1;
                    }
                    self.space(i, j);
                    i = j;
                }
                _ => {
                    let mut j = i + 1;
                    while j < bytes.len()
                        && !matches!(bytes[j], b'<' | b'&' | b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
                    {
                        j += 1;
                    }
                    // `j` stops at ASCII bytes only, so it is a char boundary.
                    self.copy(i, j);
                    i = j;
                }
            }
        }
        (self.out, self.page_title)
    }

    /// Markup at `i` (a `<`): skip it, acting on the tags that matter; the byte after it.
    fn markup(&mut self, i: usize) -> usize {
        let html = self.html;
        let bytes = html.as_bytes();
        let rest = &bytes[i + 1..];
        if rest.starts_with(b"!--") {
            return find(html, i + 4, "-->").map_or(html.len(), |e| e + 3);
        }
        if rest.starts_with(b"![CDATA[") {
            return find(html, i + 9, "]]>").map_or(html.len(), |e| e + 3);
        }
        if rest.first().is_some_and(|&b| b == b'!' || b == b'?') {
            return find(html, i + 2, ">").map_or(html.len(), |e| e + 1);
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // A `<` that starts no tag is text.
            self.copy(i, i + 1);
            return i + 1;
        }
        let mut name_end = name_start;
        while name_end < bytes.len()
            && !matches!(
                bytes[name_end],
                b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'>'
            )
        {
            name_end += 1;
        }
        let (end, self_closing) = tag_end(bytes, name_end);
        let name = html[name_start..name_end].to_ascii_lowercase();
        if closing {
            self.end_tag(&name, i, end);
            return end;
        }
        self.start_tag(&name, &html[name_end..end], i, end, self_closing)
    }

    fn start_tag(
        &mut self,
        name: &str,
        attributes: &str,
        start: usize,
        end: usize,
        self_closing: bool,
    ) -> usize {
        if let Some(&raw) = RAW_TEXT.iter().find(|&&r| r == name) {
            if self_closing {
                return end;
            }
            // Raw text runs to its end tag, or to the input's end.
            let close = find_tag(self.html, end, "</", raw).unwrap_or(self.html.len());
            // The head's title, or one in the body's text; not an icon's (`<svg><title>`).
            let heads =
                self.skipping.is_empty() || self.skipping.first().is_some_and(|s| s == "head");
            if raw == "title" && self.page_title.is_none() && heads {
                let title = collapse(&htmlize::unescape(&self.html[end..close]));
                if !title.is_empty() {
                    self.page_title = Some(title);
                }
            }
            return close;
        }
        // The body, or anything that can only stand in it, ends an unclosed head.
        if self.skipping.first().is_some_and(|s| s == "head")
            && (name == "body" || (BLOCKS.contains(&name) && name != "html"))
        {
            self.skipping.clear();
        }
        if self.scope == Some(name) && !self_closing {
            self.in_scope += 1;
        }
        let opens = !self_closing && !VOID.contains(&name);
        if !self.skipping.is_empty() {
            if opens {
                self.skipping.push(name.to_string());
            }
            return end;
        }
        let furniture = FURNITURE.contains(&name)
            || (CLASSED.contains(&name) && furniture_attributes(attributes));
        if furniture {
            self.block(start, end);
            if opens && (self.skip_furniture || name == "head") {
                self.skipping.push(name.to_string());
            }
            return end;
        }
        if BLOCKS.contains(&name) {
            self.block(start, end);
        }
        if name == "h1" && self.emitting() && self.out.title.is_none() {
            self.h1 = Some(Mark {
                text_len: self.out.text.len(),
                pieces: self.out.pieces.len(),
                pending: self.pending,
            });
        }
        end
    }

    fn end_tag(&mut self, name: &str, start: usize, end: usize) {
        if let Some(s) = self.skipping.iter().rposition(|s| s == name) {
            self.skipping.truncate(s);
        }
        if self.scope == Some(name) {
            self.in_scope = self.in_scope.saturating_sub(1);
        }
        if name == "h1" {
            if let Some(mark) = self.h1.take() {
                let heading = collapse(&self.out.text[mark.text_len..]);
                if crate::has_arabic(&heading) {
                    self.out.title = Some(heading);
                    self.out.text.truncate(mark.text_len);
                    self.out.pieces.truncate(mark.pieces);
                    self.pending = mark.pending;
                }
            }
        }
        if BLOCKS.contains(&name) || FURNITURE.contains(&name) {
            self.block(start, end);
        }
    }

    /// True when text seen now is written: outside left-out elements, inside the scope.
    fn emitting(&self) -> bool {
        self.skipping.is_empty() && (self.scope.is_none() || self.in_scope > 0)
    }

    /// A block tag at `start..end`: what follows starts a new line.
    fn block(&mut self, start: usize, end: usize) {
        if self.emitting() && !matches!(self.pending, Pending::Break(..)) {
            self.pending = Pending::Break(start, end);
        }
    }

    /// White space at `start..end`.
    fn space(&mut self, start: usize, end: usize) {
        if self.emitting() && self.pending == Pending::None {
            self.pending = Pending::Space(start, end);
        }
    }

    /// A character reference at `i` (a `&`), or a literal `&`; the byte after it.
    fn reference(&mut self, i: usize) -> usize {
        let bytes = self.html.as_bytes();
        let limit = bytes.len().min(i + MAX_REFERENCE);
        let mut j = i + 1;
        while j < limit && (bytes[j].is_ascii_alphanumeric() || (j == i + 1 && bytes[j] == b'#')) {
            j += 1;
        }
        if j > i + 1 && j < bytes.len() && bytes[j] == b';' {
            let reference = &self.html[i..=j];
            let decoded = htmlize::unescape(reference);
            if decoded != reference {
                if decoded.chars().all(|c| c.is_whitespace()) {
                    self.space(i, j + 1);
                } else {
                    self.write(&decoded, i, j + 1, false);
                }
                return j + 1;
            }
        }
        self.copy(i, i + 1);
        i + 1
    }

    /// Bytes `start..end` of the HTML, as they are.
    fn copy(&mut self, start: usize, end: usize) {
        let html = self.html;
        self.write(&html[start..end], start, end, true);
    }

    /// Write `s`, from bytes `start..end` of the HTML, after what is pending.
    fn write(&mut self, s: &str, start: usize, end: usize, copied: bool) {
        if !self.emitting() || s.is_empty() {
            return;
        }
        match std::mem::take(&mut self.pending) {
            Pending::Break(a, b) if !self.out.text.is_empty() => self.push("\n", a, b, false),
            Pending::Space(a, b) if !self.out.text.is_empty() => self.push(" ", a, b, false),
            _ => {}
        }
        self.push(s, start, end, copied);
    }

    fn push(&mut self, s: &str, start: usize, end: usize, copied: bool) {
        let out = &mut self.out;
        if let Some(last) = out.pieces.last_mut() {
            if copied && last.copied && last.src + last.src_len == start {
                last.text_len += s.len();
                last.src_len += end - start;
                out.text.push_str(s);
                return;
            }
        }
        out.pieces.push(Piece {
            text: out.text.len(),
            text_len: s.len(),
            src: start,
            src_len: end - start,
            copied,
        });
        out.text.push_str(s);
    }
}

/// Where a tag whose name ends at `from` ends (the byte after its `>`, or the end of the
/// input), and whether it closes itself (`/>`). A `>` inside a quoted attribute value does
/// not end it.
fn tag_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut j = from;
    while j < bytes.len() {
        match bytes[j] {
            b'>' => return (j + 1, j > from && bytes[j - 1] == b'/'),
            b'=' => {
                j += 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = bytes.get(j) {
                    j = bytes[j + 1..]
                        .iter()
                        .position(|&b| b == q)
                        .map_or(bytes.len(), |p| j + 1 + p + 1);
                }
            }
            _ => j += 1,
        }
    }
    (bytes.len(), false)
}

/// True when a tag's attributes (the text after its name) give it a `class` or `id` with a
/// word of [`FURNITURE_NAMES`], or a `role` of [`FURNITURE_ROLES`].
fn furniture_attributes(attributes: &str) -> bool {
    let b = attributes.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = &attributes[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if let Some(&q @ (b'"' | b'\'')) = b.get(i) {
                let close = b[i + 1..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |p| i + 1 + p);
                value = &attributes[i + 1..close];
                i = close + 1;
            } else {
                let value_start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &attributes[value_start..i];
            }
        }
        if name.eq_ignore_ascii_case("class") || name.eq_ignore_ascii_case("id") {
            let furniture = value
                .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
                .any(|w| {
                    let w = w.to_ascii_lowercase();
                    let singular = w.strip_suffix('s').unwrap_or(&w);
                    FURNITURE_NAMES.contains(&w.as_str()) || FURNITURE_NAMES.contains(&singular)
                });
            if furniture {
                return true;
            }
        }
        if name.eq_ignore_ascii_case("role")
            && FURNITURE_ROLES
                .iter()
                .any(|r| value.trim().eq_ignore_ascii_case(r))
        {
            return true;
        }
        if i == name_start {
            // A stray `>` or `=`: step over it.
            i += 1;
        }
    }
    false
}

/// The first `needle` at or after `from`.
fn find(html: &str, from: usize, needle: &str) -> Option<usize> {
    html.get(from..)
        .and_then(|rest| rest.find(needle))
        .map(|p| from + p)
}

/// Where the first tag `open` + `name` (`open` is `<` or `</`) at or after `from` begins,
/// the name in any case and ending the tag's name.
fn find_tag(html: &str, from: usize, open: &str, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(p) = find(html, at, open) {
        let name_end = p + open.len() + name.len();
        if bytes
            .get(p + open.len()..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && bytes
                .get(name_end)
                .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
        {
            return Some(p);
        }
        at = p + open.len();
    }
    None
}

/// `s` with its white space runs as single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every copied piece is the HTML's own bytes, pieces tile the text in order, and every
    /// source range is in order and inside the HTML.
    fn check(html: &str) -> HtmlText {
        let page = HtmlText::parse(html);
        let mut t = 0;
        for p in &page.pieces {
            assert_eq!(p.text, t, "{html:?}");
            t += p.text_len;
            if p.copied {
                assert_eq!(
                    &page.text[p.text..p.text + p.text_len],
                    &html[p.src..p.src + p.src_len]
                );
            }
        }
        assert_eq!(t, page.text.len());
        let bounds: Vec<usize> = (0..=page.text.len())
            .filter(|&i| page.text.is_char_boundary(i))
            .collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let (x, y) = page.source_range(a, b);
                assert!(x <= y && y <= html.len(), "{html:?} {a}..{b} -> {x}..{y}");
                assert!(html.is_char_boundary(x) && html.is_char_boundary(y));
            }
        }
        page
    }

    #[test]
    fn tags_go_and_blocks_end_lines() {
        let html = "<p>قال <b>الوزير</b> إن الخطة جاهزة</p><p>وأضاف<br>أن التنفيذ يبدأ</p>";
        let page = check(html);
        assert_eq!(
            page.text(),
            "قال الوزير إن الخطة جاهزة\nوأضاف\nأن التنفيذ يبدأ"
        );
        // A range across an inline tag keeps the tag, as the HTML has it.
        let (a, b) = page.source_range(0, "قال الوزير".len());
        assert_eq!(&html[a..b], "قال <b>الوزير");
    }

    #[test]
    fn white_space_collapses_as_a_browser_shows_it() {
        let page = check("  <div>\n  الخبر   الأول\r\n\tهنا  </div>\n\n<div> الثاني </div>  ");
        assert_eq!(page.text(), "الخبر الأول هنا\nالثاني");
        let page = check("كلمة&nbsp;&nbsp;أخرى &#10; ثالثة");
        assert_eq!(page.text(), "كلمة أخرى ثالثة");
    }

    #[test]
    fn references_decode_and_map_to_their_markup() {
        let html = "الربح &lt; 5&#x25; &amp;&quot;نمو&quot; &#1605;&#1589;&#1585; &bogus; a&b &amp";
        let page = check(html);
        assert_eq!(page.text(), "الربح < 5% &\"نمو\" مصر &bogus; a&b &amp");
        let m = page.text().find("مصر").unwrap();
        let (a, b) = page.source_range(m, m + "مصر".len());
        assert_eq!(&html[a..b], "&#1605;&#1589;&#1585;");
        let (a, b) = page.source_range(m + 2, m + 4);
        assert_eq!(&html[a..b], "&#1589;");
    }

    #[test]
    fn scripts_comments_and_page_furniture_are_left_out() {
        let html = "<!DOCTYPE html><html><head><title>عنوان الصفحة</title>\
                    <script>var s = '<p>ليس نصا</p>';</script><style>p{}</style></head>\
                    <body><nav><a href='/'>الرئيسية</a> <a>رياضة</a></nav>\
                    <!-- <p>تعليق</p> --><article><p data-x=\"a>b\">النص الأول.</p>\
                    <figure><img src=x.jpg><figcaption>صورة أرشيفية</figcaption></figure>\
                    <p>النص الثاني.</p></article><footer>حقوق النشر</footer></body></html>";
        let page = check(html);
        assert_eq!(page.text(), "النص الأول.\nالنص الثاني.");
        assert_eq!(page.title(), Some("عنوان الصفحة"));
    }

    #[test]
    fn the_first_arabic_h1_is_the_title_and_leaves_the_text() {
        let html = "<h1><img alt=logo></h1><h1>الحكومة  تفتتح <em>مستشفى</em></h1>\
                    <p>افتتحت الحكومة مستشفى.</p><h1>عنوان آخر</h1>";
        let page = check(html);
        assert_eq!(page.title(), Some("الحكومة تفتتح مستشفى"));
        assert_eq!(page.text(), "افتتحت الحكومة مستشفى.\nعنوان آخر");
        let page = check("<title>صفحة &amp; موقع</title><p>نص.</p>");
        assert_eq!(page.title(), Some("صفحة & موقع"));
        let page = check("<svg><title>مشاركة</title></svg><p>نص.</p>");
        assert_eq!(page.title(), None, "an icon's title is not the page's");
    }

    #[test]
    fn a_page_that_marks_its_main_content_is_read_there() {
        // A notice whose class says nothing.
        let cookie = "<div class=\"n1\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</div>";
        let html = format!(
            "<body>{cookie}<h1>العنوان</h1><div>شريط الأخبار العاجلة.</div>\
             <main><article><p>قال الوزير إن الخطة جاهزة.</p></article>\
             <aside><article><p>قصة أخرى.</p></article></aside></main>\
             <div>اقرأ أيضا: خبر آخر.</div></body>"
        );
        let page = check(&html);
        assert_eq!(page.text(), "قال الوزير إن الخطة جاهزة.");
        assert_eq!(
            page.title(),
            Some("العنوان"),
            "the page's title, outside <main>"
        );
        // The headline outside <main> comes before the <title>, as on a page without one.
        let with_title = format!("<title>الموقع</title>{html}");
        assert_eq!(check(&with_title).title(), Some("العنوان"));
        // Without <main>, the articles are the content.
        let html = format!("{cookie}<ARTICLE><h1>العنوان</h1><p>الخبر.</p></ARTICLE>");
        let page = check(&html);
        assert_eq!((page.text(), page.title()), ("الخبر.", Some("العنوان")));
        // A <main> without Arabic text says nothing of where the article is.
        let html = format!("<main><img src=x></main>{cookie}<p>الخبر.</p>");
        let page = check(&html);
        assert_eq!(
            page.text(),
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.\nالخبر."
        );
    }

    #[test]
    fn containers_classed_as_furniture_are_left_out() {
        let html = "<div id=\"cookie-consent\"><p>نستخدم ملفات تعريف الارتباط.</p></div>\
                    <div class='story'><p>الخبر الأول.</p><div class=\"share-buttons\">\
                    <div><span>شارك</span></div><ul><li>فيسبوك<li>تويتر</ul></div>\
                    <p>الخبر الثاني.</p></div><SECTION CLASS=\"Related_Stories\"><p>خبر ذو صلة.\
                    </p></SECTION><div role=navigation>القائمة</div><ul class=menu><li>رياضة</ul>\
                    <div class=\"commentary\"><p>رأي.</p></div><p class=\"comment\">يبقى.</p>";
        let page = check(html);
        assert_eq!(page.text(), "الخبر الأول.\nالخبر الثاني.\nرأي.\nيبقى.");
    }

    #[test]
    fn a_news_page_is_read_as_its_story() {
        let page = check(crate::samples::NEWS_PAGE);
        assert_eq!(
            page.title(),
            Some("الحكومة تعلن خطة لدعم المزارعين بقيمة 200 مليون دولار")
        );
        let lines: Vec<&str> = page.text().lines().collect();
        // The byline and the time stay, as lines of their own (the summarizer's headings).
        assert_eq!(lines[..2], ["بقلم: سامي الأحمد", "30 نوفمبر 2026"]);
        assert_eq!(lines.len(), 6, "{lines:#?}");
        assert!(lines[2].starts_with("أعلنت الحكومة، الأحد، عن خطة جديدة"));
        assert!(lines[3].ends_with("وإن \"المزارع الصغير هو أول المستفيدين\"."));
        assert!(lines[5].starts_with("ورحب اتحاد المزارعين بالخطة"));
    }

    #[test]
    fn an_unclosed_furniture_element_does_not_swallow_the_page() {
        let page = check("<nav>القائمة<p>قال الوزير إن الخطة جاهزة.</p>");
        assert_eq!(page.text(), "القائمة\nقال الوزير إن الخطة جاهزة.");
        let page = check("<script>نص برمجي");
        assert_eq!(page.text(), "");
        // A head left open ends where the body's content begins.
        let page = check("<html><head><title>عنوان</title><meta charset=utf-8><p>النص.</p>");
        assert_eq!((page.text(), page.title()), ("النص.", Some("عنوان")));
    }

    #[test]
    fn plain_text_and_broken_markup_are_text() {
        let page = check("س < ص و 3<4 و <٥> و </ و <");
        assert_eq!(page.text(), "س < ص و 3<4 و <٥> و </ و <");
        let page = check("نص <a href=\"x>y");
        assert_eq!(page.text(), "نص");
        let page = check("نص <!-- تعليق لا ينتهي");
        assert_eq!(page.text(), "نص");
        let page = check("");
        assert_eq!(page.text(), "");
        assert_eq!(page.source_range(0, 0), (0, 0));
    }
}
