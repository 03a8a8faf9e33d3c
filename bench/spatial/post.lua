-- wrk script for bench/spatial: POSTs the JSON body in the file BENCH_BODY (a GraphQL request), or
-- GETs the paths listed in the file BENCH_PATHS (one a line, taken in turn: a set of tiles); sends
-- the session cookie BENCH_COOKIE when given.
local body_file = os.getenv("BENCH_BODY")
local paths_file = os.getenv("BENCH_PATHS")
local cookie = os.getenv("BENCH_COOKIE")
local paths = {}
local i = 0

if body_file and body_file ~= "" then
  local f = assert(io.open(body_file))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end
if paths_file and paths_file ~= "" then
  for line in io.lines(paths_file) do paths[#paths + 1] = line end
end
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end

request = function()
  if #paths == 0 then return wrk.request() end
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
