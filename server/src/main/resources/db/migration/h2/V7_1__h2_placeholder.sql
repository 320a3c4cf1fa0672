-- PostgreSQL gets full-text indexes in V7_1; H2 searches by scanning (see docs/benchmarks.md).
select 1;
