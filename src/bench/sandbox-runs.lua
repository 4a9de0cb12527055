-- wrk script for POST /api/v1/runs: every request posts the program in the file named by the first script
-- argument with a unique trailing comment, so the result cache never answers it. At the end it prints the
-- published percentiles and the responses by HTTP status (201 = executed, 503 = refused by the bulkhead).
--   wrk ... -s sandbox-runs.lua URL -- PROGRAM_FILE
local code, counter, tag = nil, 0, ""
statuses = {}  -- global: done() reads each thread's copy
local threads = {}

local function esc(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'))
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1]))
  code = f:read("*a")
  f:close()
  tag = tostring(id) .. "-" .. tostring(os.time()) .. "-" .. tostring(math.random(1, 1e9))
  statuses = {}
end

function request()
  counter = counter + 1
  local body = '{"code":"' .. esc(code .. "# " .. tag .. "-" .. counter .. "\n") .. '"}'
  return wrk.format("POST", "/api/v1/runs", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local by = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses") or {}
    for k, v in pairs(s) do by[k] = (by[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(by) do table.insert(parts, k .. "=" .. v) end
  table.sort(parts)
  io.write(string.format("RESULT runs_per_sec=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d socket_errors=%d timeouts=%d statuses=%s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
    table.concat(parts, ",")))
end
