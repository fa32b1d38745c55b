//! Black-box tests of the `storyfold` binary (one test binary, as ripgrep does, so the
//! workspace links one executable for all of them).

mod cases;
mod cli;
mod sample;
mod seeds;
mod util;
mod warc;
