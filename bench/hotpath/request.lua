-- wrk script for bench/hotpath/run.sh: POSTs the GraphQL request in the file BENCH_BODY, or GETs
-- BENCH_PATH (a tile) with the If-None-Match header BENCH_ETAG when given.
local body_file = os.getenv("BENCH_BODY")
local etag = os.getenv("BENCH_ETAG")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
else
  wrk.path = os.getenv("BENCH_PATH")
end
if etag and etag ~= "" then wrk.headers["If-None-Match"] = etag end
