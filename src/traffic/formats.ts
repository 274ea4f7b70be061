/** The traffic files the importer reads, by id (the CLI's `--traffic-format` and the page's select). */
export const TRAFFIC_FORMATS = [
  'cloudwatch',
  'azure',
  'gcp',
  'csv',
  'cloudfront',
  'alb',
  'nginx',
] as const;
export type TrafficFormat = (typeof TRAFFIC_FORMATS)[number];

/** What each format is, for people. */
export const FORMAT_LABELS: Readonly<Record<TrafficFormat, string>> = {
  cloudwatch:
    'AWS CloudWatch JSON (get-metric-data or get-metric-statistics: Lambda Invocations + Duration, ALB RequestCount + TargetResponseTime)',
  azure: 'Azure Monitor metrics JSON (FunctionExecutionCount + FunctionExecutionUnits)',
  gcp: 'Google Cloud Monitoring timeSeries JSON (run.googleapis.com/request_count + request_latencies)',
  csv: 'CSV: timestamp, request count, optional duration_ms',
  cloudfront: 'CloudFront standard log (W3C, time-taken)',
  alb: 'ALB access log (target_processing_time)',
  nginx: 'nginx or Apache combined log, $request_time appended (without it: counts only)',
};

/** Short names, for messages. */
export const FORMAT_NAMES: Readonly<Record<TrafficFormat, string>> = {
  cloudwatch: 'CloudWatch JSON',
  azure: 'Azure Monitor JSON',
  gcp: 'Cloud Monitoring JSON',
  csv: 'CSV',
  cloudfront: 'CloudFront log',
  alb: 'ALB access log',
  nginx: 'combined access log',
};

export function isTrafficFormat(v: string): v is TrafficFormat {
  return (TRAFFIC_FORMATS as readonly string[]).includes(v);
}
