//! Writes one large plan: `make-large-plan FILE [MEGABYTES]` (default 100):
//! the ITC seed with its last table's rows copied until the file is that big.

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap_or_else(|| "large-plan.txt".to_owned());
    let megabytes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let text = corpus::large(megabytes * 1_000_000);
    std::fs::write(&file, &text)?;
    let rows = text.lines().count();
    println!("{file}: {} kB, {rows} lines", text.len() / 1000);
    Ok(())
}
