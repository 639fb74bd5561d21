//! Benchmarks: parsing and checking single plans, and a batch of generated
//! plans in process. Whole-process timings of the binary over 10,000 files
//! are in `benches/whole-process.sh`.

// The binary's allocator, so that the figures are the binary's: parsing
// makes many small strings, and the system allocator costs more for them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use planlint::config::Settings;

mod corpus;

const ITC: &str = include_str!("../seeds/itc-2022-2024.txt");
const ITIB: &str = include_str!("../seeds/itib-2024-2026.txt");

fn seeds(c: &mut Criterion) {
    let settings = Settings::default();
    let mut group = c.benchmark_group("seed");
    for (name, text) in [("itc", ITC), ("itib", ITIB)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| planlint::syntax::parse(std::hint::black_box(text)));
        });
        group.bench_function(format!("check/{name}"), |b| {
            b.iter(|| planlint::check(std::hint::black_box(text), &settings));
        });
    }
    group.finish();
}

fn batch(c: &mut Criterion) {
    let settings = Settings::default();
    let plans: Vec<String> = (0..500).map(corpus::plan).collect();
    let bytes: usize = plans.iter().map(String::len).sum();
    let mut group = c.benchmark_group("batch");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("check/500-generated-plans", |b| {
        b.iter(|| {
            plans
                .iter()
                .map(|p| planlint::check(p, &settings).diagnostics.len())
                .sum::<usize>()
        });
    });
    group.finish();
}

fn large(c: &mut Criterion) {
    let settings = Settings::default();
    let text = corpus::large(1_000_000);
    let mut group = c.benchmark_group("large");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse/1MB", |b| {
        b.iter(|| planlint::syntax::parse(std::hint::black_box(&text)));
    });
    group.bench_function("check/1MB", |b| {
        b.iter(|| planlint::check(std::hint::black_box(&text), &settings));
    });
    group.finish();
}

criterion_group!(benches, seeds, batch, large);
criterion_main!(benches);
