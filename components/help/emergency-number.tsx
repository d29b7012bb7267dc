"use client";

import { useReaderRegion } from "@/components/region/region-provider";
import { telHref } from "@/lib/helplines/phone";

/** The reader's emergency number as a tap-to-call link, or a plain phrase until we know their region. */
export function EmergencyNumber({ fallback }: { fallback: string }) {
  const { region } = useReaderRegion();
  if (!region?.emergency) return <strong>{fallback}</strong>;
  return (
    <a href={telHref(region.emergency.dial)} className="ltr">
      <strong>{region.emergency.display}</strong>
    </a>
  );
}
