-- wrk script for bench/scaleout/run.sh: a mixed read workload taken in turn from the request file
-- BENCH_REQUESTS (one request a line: METHOD<TAB>PATH<TAB>BODY, BODY may be empty), with the bearer
-- token BENCH_TOKEN. Each wrk thread starts at another line so the mix stays even.
local requests = {}
local token = os.getenv("BENCH_TOKEN")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("start", counter * 7)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token }
    if method == "POST" then headers["Content-Type"] = "application/json" end
    requests[#requests + 1] = wrk.format(method, path, headers, body ~= "" and body or nil)
  end
  i = start or 0
end

function request()
  i = i % #requests + 1
  return requests[i]
end
