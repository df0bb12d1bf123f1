//! Times the first `Pipeline::default()` of a process: the phrase lists'
//! hash tables and the patterns compiled with them (the figure of #19's
//! start-up target, 5 ms on the dev machine).
//!
//! ```sh
//! cargo run --release --example startup
//! ```

fn main() {
    let started = std::time::Instant::now();
    let pipeline = pagewash::Pipeline::default();
    let took = started.elapsed();
    println!(
        "first Pipeline::default() ({} cleaners): {:.3} ms",
        pipeline.cleaner_ids().len(),
        took.as_secs_f64() * 1000.0
    );
}
