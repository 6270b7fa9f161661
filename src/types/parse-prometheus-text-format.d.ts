declare module 'parse-prometheus-text-format' {
  /** Prometheus text exposition → metric families (the package ships no types). */
  export default function parse(text: string): { name: string; help?: string; type?: string; metrics: unknown[] }[];
}
