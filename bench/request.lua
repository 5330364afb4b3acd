-- wrk request script for scripts/bench.sh. Everything comes from the environment:
--   BENCH_METHOD         HTTP method (default POST)
--   BENCH_HEADERS        headers, one "Name: value" per line
--   BENCH_BODY           a fixed body, or
--   BENCH_POOL           a file of bodies, one per line: each request takes the next one (each
--                        wrk thread starts at its own offset), so every request carries a
--                        different body until the pool wraps around, or
--   BENCH_PATH_TEMPLATE  a path with `{card}`, and BENCH_BODY_TEMPLATE a body with `{op}`:
--                        each request goes to one of BENCH_CARDS cards named
--                        BENCH_CARD_PREFIX<n>, in turn, with an operation id no request has
--                        used before (BENCH_RUN, the thread and a counter): every request
--                        writes something new.
local method = os.getenv("BENCH_METHOD") or "POST"
local headers = {}
for line in (os.getenv("BENCH_HEADERS") or ""):gmatch("[^\n]+") do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end
local body = os.getenv("BENCH_BODY")
local pool = {}
local pool_file = os.getenv("BENCH_POOL")
if pool_file and pool_file ~= "" then
  for line in io.lines(pool_file) do pool[#pool + 1] = line end
end
local path_template = os.getenv("BENCH_PATH_TEMPLATE") or ""
local body_template = os.getenv("BENCH_BODY_TEMPLATE") or ""
local cards = tonumber(os.getenv("BENCH_CARDS") or "1")
local card_prefix = os.getenv("BENCH_CARD_PREFIX") or ""
local run = os.getenv("BENCH_RUN") or "r"
local next_body = 1
local counter = 0
local thread_counter = 0

function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("offset", thread_counter)
end

function init(args)
  if #pool > 0 then
    next_body = ((offset or 1) * 7919) % #pool + 1
  end
end

function request()
  if path_template ~= "" then
    counter = counter + 1
    local card = card_prefix .. tostring(((offset or 1) * 7919 + counter) % cards)
    local op = run .. "-" .. tostring(offset or 1) .. "-" .. tostring(counter)
    local path = path_template:gsub("{card}", card)
    local b = body_template:gsub("{op}", op)
    return wrk.format(method, path, headers, b)
  end
  local b = body
  if #pool > 0 then
    b = pool[next_body]
    next_body = next_body % #pool + 1
  end
  return wrk.format(method, nil, headers, b)
end
