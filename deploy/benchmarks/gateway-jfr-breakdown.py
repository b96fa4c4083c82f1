#!/usr/bin/env python3
"""Where the gateway's CPU samples went, from a JFR recording (gateway-benchmark.sh, GATEWAY_BENCH_JFR=1).

    python3 deploy/benchmarks/gateway-jfr-breakdown.py gateway.jfr   (JFR=/path/to/jfr if not on the PATH)

Each jdk.ExecutionSample is charged to the first frame, from the leaf up, that belongs to one of the
parts below (the order settles overlaps: a JWT check inside the security chain counts as the JWT
check). Reactive stacks nest every filter inside the one before, so counting whole stacks would
charge everything to Netty; this charges each sample to the code that was running.
"""
import collections
import os
import re
import subprocess
import sys

PARTS = [
    ('JWT check (token cache, authorities)', r'nimbus|dev\.quorum\.platform\.security|oauth2'),
    ('Spring Security chain', r'org\.springframework\.security'),
    ('rate limiter', r'dev\.quorum\.gateway\.ratelimit|resilience4j\.ratelimiter'),
    ('size/head limits', r'dev\.quorum\.gateway\.limits'),
    ('circuit breaker', r'circuitbreaker'),
    ('retry filter', r'RetryGatewayFilterFactory|reactor\.util\.retry'),
    ('metrics and observations', r'micrometer|GatewayMetricsFilter|[Oo]bservation'),
    ('logging (eager debug messages)', r'ch\.qos\.logback|org\.slf4j|commons\.logging|LogMessage'),
    ('gateway header filters', r'cloud\.gateway\.filter\.headers'),
    ('gateway route lookup', r'cloud\.gateway\.(handler|route|support)'),
    ('proxied call (Netty client, pool)', r'NettyRoutingFilter|NettyWriteResponseFilter|reactor\.netty\.http\.client|reactor\.netty\.resources'),
    ('other gateway filters', r'cloud\.gateway'),
    ('Spring WebFlux (exchange, paths, headers)', r'org\.springframework\.(web|http|util|core)'),
    ('Netty server, codec and I/O', r'io\.netty|reactor\.netty'),
    ('Reactor operators', r'reactor\.core'),
    ('JFR itself', r'jdk\.jfr'),
]


def main(recording):
    text = subprocess.run([os.environ.get('JFR', 'jfr'), 'print', '--stack-depth', '200', '--events', 'jdk.ExecutionSample', recording],
                          check=True, capture_output=True, text=True).stdout
    samples = text.split('jdk.ExecutionSample {')[1:]
    charged = collections.Counter()
    for sample in samples:
        frames = re.findall(r'^\s+([\w$.<>]+)\(', sample, re.M)
        part = next((name for frame in frames for name, rx in PARTS if re.search(rx, frame)), 'JDK only')
        charged[part] += 1
    print(f'{len(samples)} CPU samples of the gateway')
    for part, count in charged.most_common():
        print(f'  {part:44s} {count:5d}  {100 * count / max(1, len(samples)):5.1f} %')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
