-- H2 gets an index for routing's rescoring sweep in V13_1; PostgreSQL does not. The sweep writes
-- priority_at on every row it scores: with priority_at indexed none of those updates could be
-- made in place (HOT; 0 of 20,632 at 100,000 conversations against 5,205 of 31,431 without it),
-- and the planner did not walk the index anyway (it reads the ~7,000 waiting rows by bitmap and
-- sorts them, see docs/benchmarks.md).
select 1;
