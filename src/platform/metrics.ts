// SPDX-License-Identifier: EUPL-1.2
/** Prometheus metrics in the text exposition format: request counts and durations per route. */
export class Metrics {
  private counts = new Map<string, number>();
  private durations = new Map<string, { sum: number; count: number }>();
  private readonly started = Date.now();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const dkey = `method="${method}",route="${route}"`;
    const d = this.durations.get(dkey) ?? { sum: 0, count: 0 };
    d.sum += seconds;
    d.count += 1;
    this.durations.set(dkey, d);
  }

  render(): string {
    const lines = [
      '# HELP maatwerk_http_requests_total HTTP requests by method, route and status.',
      '# TYPE maatwerk_http_requests_total counter',
      ...[...this.counts].map(([k, v]) => `maatwerk_http_requests_total{${k}} ${v}`),
      '# HELP maatwerk_http_request_duration_seconds Time spent answering requests.',
      '# TYPE maatwerk_http_request_duration_seconds summary',
      ...[...this.durations].flatMap(([k, d]) => [`maatwerk_http_request_duration_seconds_sum{${k}} ${d.sum.toFixed(6)}`, `maatwerk_http_request_duration_seconds_count{${k}} ${d.count}`]),
      '# HELP maatwerk_uptime_seconds Seconds since the process started.',
      '# TYPE maatwerk_uptime_seconds gauge',
      `maatwerk_uptime_seconds ${((Date.now() - this.started) / 1000).toFixed(0)}`,
    ];
    return lines.join('\n') + '\n';
  }
}
