-- One wrk script for every target: each request goes out as the next identity in turn (a cookie or a bearer token, and the
-- path that identity may read), and at the end one JSON line gives the latency percentiles and the errors.
-- Environment: LOAD_TARGETS, a file of lines "METHOD<TAB>PATH<TAB>HEADER<TAB>BODY" (BODY may be empty).
local lines = {}
local counter = 0

function init(args)
  local file = assert(io.open(os.getenv("LOAD_TARGETS"), "r"))
  for line in file:lines() do
    local method, path, header, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    local name, value = header:match("^([^:]+): (.*)$")
    local headers = { [name] = value }
    if body ~= nil and body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
    lines[#lines + 1] = wrk.format(method, path, headers, body)
  end
  file:close()
  counter = math.random(#lines)
end

function request()
  counter = counter % #lines + 1
  return lines[counter]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50":%d,"p95":%d,"p99":%d,"max":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
