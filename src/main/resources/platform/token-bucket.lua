-- One token bucket, atomically: refill by the time passed (Redis's clock, the same for every
-- node), then take a permit if asked and there is one. Returns 0 when a permit was there, else
-- the milliseconds until there is one.
-- KEYS[1] the bucket; ARGV[1] burst, ARGV[2] permits per millisecond, ARGV[3] 1 to take, 0 to look
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local take = ARGV[3] == '1'
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or burst
local at = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens < 1 then
  -- less a hair: 1 / (1/3600000) is 3600000.0000000005 in floating point, an hour and a millisecond
  wait = math.ceil((1 - tokens) / rate - 1e-6)
elseif take then
  tokens = tokens - 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- a bucket that would be full again is as good as none: let Redis drop it then
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate) + 1000)
return wait
