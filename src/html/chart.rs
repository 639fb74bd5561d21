//! Chart geometry for the report page: bars as rectangles and labels as
//! text, computed here and drawn as inline SVG by `templates/chart.html`.
//! Nothing in a chart is markup: labels are plain strings the template
//! escapes like any other plan text.

/// One chart, ready to draw.
#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// The element id (also used for its title's id).
    pub id: String,
    /// The heading and accessible name.
    pub title: String,
    /// Width of the view box.
    pub width: u32,
    /// Height of the view box.
    pub height: u32,
    /// The bars.
    pub rects: Vec<Rect>,
    /// Axis labels, bar labels and values.
    pub texts: Vec<Label>,
    /// The series, for a legend: (CSS class, name).
    pub legend: Vec<(String, String)>,
}

/// A bar.
#[derive(Debug, Clone)]
pub struct Rect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
    /// The CSS class that colours it.
    pub class: String,
    /// The tooltip: what it counts.
    pub tip: String,
}

/// A piece of text.
#[derive(Debug, Clone)]
pub struct Label {
    /// Anchor point, x.
    pub x: u32,
    /// Baseline, y.
    pub y: u32,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// The text.
    pub text: String,
}

/// One bar of a horizontal bar chart.
#[derive(Debug, Clone)]
pub struct Bar {
    /// What it counts.
    pub label: String,
    /// How many.
    pub value: usize,
    /// The CSS class that colours it.
    pub class: String,
}

const ROW: u32 = 22;
const LABEL_WIDTH: u32 = 230;
const BAR_WIDTH: u32 = 300;
/// How many display columns of a label fit in `LABEL_WIDTH` at 12px.
const LABEL_COLUMNS: usize = 34;

fn scale(value: usize, max: usize, length: u32) -> u32 {
    if max == 0 {
        return 0;
    }
    let scaled = (value as u64 * u64::from(length)) / max as u64;
    u32::try_from(scaled)
        .unwrap_or(length)
        .max(u32::from(value > 0))
}

/// A horizontal bar chart: one row per bar, its label on the left and its
/// value after the bar.
#[must_use]
pub fn horizontal(id: &str, title: &str, bars: &[Bar]) -> Chart {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let mut chart = Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        width: LABEL_WIDTH + BAR_WIDTH + 60,
        height: ROW * (bars.len().max(1) as u32) + 8,
        ..Chart::default()
    };
    for (i, bar) in bars.iter().enumerate() {
        let y = 4 + ROW * i as u32;
        let w = scale(bar.value, max, BAR_WIDTH);
        chart.texts.push(Label {
            x: LABEL_WIDTH - 6,
            y: y + 15,
            anchor: "end",
            text: fit(&bar.label, LABEL_COLUMNS),
        });
        chart.rects.push(Rect {
            x: LABEL_WIDTH,
            y: y + 3,
            w,
            h: ROW - 6,
            class: bar.class.clone(),
            tip: format!("{}: {}", bar.label, bar.value),
        });
        chart.texts.push(Label {
            x: LABEL_WIDTH + w + 5,
            y: y + 15,
            anchor: "start",
            text: bar.value.to_string(),
        });
    }
    chart
}

/// A vertical chart of groups of bars side by side (one per series), such
/// as promised and released datasets per year.
#[must_use]
pub fn grouped(
    id: &str,
    title: &str,
    groups: &[(String, Vec<usize>)],
    series: &[(&str, &str)],
) -> Chart {
    const HEIGHT: u32 = 180;
    const BAR: u32 = 26;
    let per_group = BAR * series.len() as u32 + 24;
    let max = groups
        .iter()
        .flat_map(|(_, values)| values.iter().copied())
        .max()
        .unwrap_or(0);
    let mut chart = Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        width: (per_group * groups.len().max(1) as u32 + 20).max(200),
        height: HEIGHT + 44,
        legend: series
            .iter()
            .map(|(class, name)| ((*class).to_owned(), (*name).to_owned()))
            .collect(),
        ..Chart::default()
    };
    for (g, (name, values)) in groups.iter().enumerate() {
        let left = 10 + per_group * g as u32;
        for (s, value) in values.iter().enumerate() {
            let h = scale(*value, max, HEIGHT - 10);
            let x = left + BAR * s as u32;
            let top = 20 + HEIGHT - h;
            let (class, series_name) = series.get(s).copied().unwrap_or(("", ""));
            chart.rects.push(Rect {
                x,
                y: top,
                w: BAR - 3,
                h,
                class: class.to_owned(),
                tip: format!("{name}, {series_name}: {value}"),
            });
            chart.texts.push(Label {
                x: x + BAR / 2,
                y: top.saturating_sub(4),
                anchor: "middle",
                text: value.to_string(),
            });
        }
        chart.texts.push(Label {
            x: left + BAR * series.len() as u32 / 2,
            y: HEIGHT + 38,
            anchor: "middle",
            text: name.clone(),
        });
    }
    chart
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
#[must_use]
pub fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `text` cut to `columns` display columns (a Chinese character takes
/// two), with an ellipsis when cut: what fits left of a chart's bars.
#[must_use]
pub fn fit(text: &str, columns: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= columns {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_small_values_stay_visible() {
        let bars = [
            Bar {
                label: "CSV".into(),
                value: 100,
                class: "a".into(),
            },
            Bar {
                label: "PDF".into(),
                value: 1,
                class: "b".into(),
            },
        ];
        let chart = horizontal("f", "Formats", &bars);
        assert_eq!(chart.rects[0].w, BAR_WIDTH);
        assert_eq!(chart.rects[1].w, 3);
        assert_eq!(chart.texts[1].text, "100");
    }

    #[test]
    fn shortens_by_characters() {
        assert_eq!(shorten("科技及廣播", 3), "科技…");
        assert_eq!(shorten("CSV", 3), "CSV");
        assert_eq!(fit("科技及廣播", 6), "科技…");
        assert_eq!(fit("Technology", 6), "Techn…");
    }
}
