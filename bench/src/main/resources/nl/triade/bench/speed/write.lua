-- The writes: every request a changed section (PUT, If-Match: * since many connections write at once and the
-- server still takes each as its own revision) or a new comment (POST), spread over the paths given.
-- Arguments after "--": method, bearer token (or "-" for none), body kind ("section" or "comment"), paths (comma-separated).
local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local method, headers, kind, paths, sent
-- about a paragraph of a kwaliteitsstandaard: 600 characters of plain ASCII, so the body needs no escaping
local paragraph = string.rep("De zorgverlener bespreekt met de patient wat past. ", 12)

function init(args)
  method = args[1]
  headers = { ["Content-Type"] = "application/json" }
  if args[2] ~= "-" then
    headers["Authorization"] = "Bearer " .. args[2]
  end
  if method == "PUT" then
    headers["If-Match"] = "*"
  end
  kind = args[3]
  paths = {}
  for path in string.gmatch(args[4], "[^,]+") do
    paths[#paths + 1] = path
  end
  sent = 0
end

function request()
  sent = sent + 1
  local stamp = thread_number .. "-" .. sent
  local path = paths[(sent + thread_number) % #paths + 1]
  local body
  if kind == "section" then
    body = '{"title":"Hoofdstuk ' .. stamp .. '","body":"' .. paragraph .. stamp .. '"}'
  else
    body = '{"body":"' .. paragraph .. stamp .. '"}'
  end
  return wrk.format(method, path, headers, body)
end
