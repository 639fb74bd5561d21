//! XML escaping for the `junit` and `checkstyle` reporters.

use std::fmt::Write as _;

/// `text` escaped for an attribute value in double quotes: markup characters
/// and quotes as entities, and TAB, LF and CR as character references so that
/// attribute-value normalisation keeps them.
pub(super) fn attribute(text: &str) -> String {
    escape(text, true)
}

/// `text` escaped for element content.
pub(super) fn content(text: &str) -> String {
    escape(text, false)
}

fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\t' | '\n' if attribute => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            // Characters XML 1.0 does not allow, even as references.
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_quotes_breaks_and_forbidden_characters() {
        assert_eq!(
            attribute("a<b>&\"c'\td\ne\rf\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&apos;&#9;d&#10;e&#13;f\u{fffd}"
        );
        assert_eq!(content("a<b>\"c'\nd\re"), "a&lt;b&gt;\"c'\nd&#13;e");
    }
}
