//! Writes the benchmark corpus: `make-corpus DIR [COUNT]` (default 10,000 files).

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "corpus".to_owned()));
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let mut bytes = 0;
    for i in 0..count {
        let sub = dir.join(format!("{:03}", i / 100));
        std::fs::create_dir_all(&sub)?;
        let text = corpus::plan(i);
        bytes += text.len();
        std::fs::write(sub.join(format!("plan-{i:05}.txt")), text)?;
    }
    println!("{count} files, {} kB in {}", bytes / 1000, dir.display());
    Ok(())
}
