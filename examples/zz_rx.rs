//! scratch
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    for p in std::fs::read_to_string(&args[0]).unwrap().lines() {
        let r = regex::RegexBuilder::new(p).size_limit(1 << 26).build().unwrap();
        println!("{}", r.is_match("12 comments"));
    }
}
