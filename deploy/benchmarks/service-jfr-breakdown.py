#!/usr/bin/env python3
"""Where a servlet service's CPU samples went, from JFR recordings (service-request-cost.sh).

    python3 deploy/benchmarks/service-jfr-breakdown.py read-*.jfr   (JFR=/path/to/jfr if not on the PATH)

Each jdk.ExecutionSample is charged to the first frame, from the leaf up, that belongs to one of the
parts below (the order settles overlaps: a JWT check inside the security chain counts as the JWT
check; JSON written inside the MongoDB driver counts as the driver). Servlet stacks nest every
filter inside the one before, so counting whole stacks would charge everything to Tomcat; this
charges each sample to the code that was running.
"""
import collections
import os
import re
import subprocess
import sys

PARTS = [
    ('JWT check (Nimbus, token cache, authorities)', r'nimbus|dev\.quorum\.platform\.security|oauth2'),
    ('Idempotency-Key filter and store', r'dev\.quorum\.platform\.idempotency'),
    ('outbox writer and relay', r'dev\.quorum\.platform\.outbox'),
    ('Kafka client', r'org\.apache\.kafka|io\.cloudevents'),
    ('MongoDB driver and BSON', r'com\.mongodb|org\.bson'),
    ('tracing (OpenTelemetry, MDC)', r'io\.opentelemetry|micrometer\.tracing|MDC'),
    ('metrics and observations', r'io\.micrometer|[Oo]bservation'),
    ('logging', r'ch\.qos\.logback|org\.slf4j|commons\.logging|LogMessage'),
    ('Spring Security chain', r'org\.springframework\.security'),
    ('validation (Hibernate Validator)', r'org\.hibernate\.validator|jakarta\.validation'),
    ('Jackson', r'tools\.jackson|com\.fasterxml'),
    ('the service\'s own code', r'dev\.quorum\.(?!platform)'),
    ('platform, other', r'dev\.quorum\.platform'),
    ('Spring MVC and web (dispatch, converters)', r'org\.springframework\.web|org\.springframework\.http'),
    ('Spring core, AOP, beans', r'org\.springframework'),
    ('Tomcat (HTTP, servlet)', r'org\.apache\.(catalina|coyote|tomcat)'),
    ('JFR itself', r'jdk\.jfr'),
]
# A sample spent on Spring Security's own observations: charged to observations or to the security
# chain, with a Spring Security observation class (decorator, convention) as its leaf-most security frame.
OBSERVING = ('metrics and observations', 'Spring Security chain')


def main(recordings):
    charged = collections.Counter()
    total = 0
    wrapped = 0
    for recording in recordings:
        text = subprocess.run([os.environ.get('JFR', 'jfr'), 'print', '--stack-depth', '200', '--events',
                               'jdk.ExecutionSample', recording], check=True, capture_output=True, text=True).stdout
        for sample in text.split('jdk.ExecutionSample {')[1:]:
            frames = re.findall(r'^\s+([\w$.<>]+)\(', sample, re.M)
            part = next((name for frame in frames for name, rx in PARTS if re.search(rx, frame)), 'JDK only (GC excluded)')
            charged[part] += 1
            total += 1
            security = [frame for frame in frames if frame.startswith('org.springframework.security')]
            wrapped += part in OBSERVING and bool(security) and 'Observation' in security[0]
    print(f'{total} CPU samples in {len(recordings)} recording(s)')
    for part, count in charged.most_common():
        print(f'  {part:46s} {count:5d}  {100 * count / max(1, total):5.1f} %')
    print(f'  spent on Spring Security\'s observations (within the above): {wrapped} ({100 * wrapped / max(1, total):.1f} %)')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
