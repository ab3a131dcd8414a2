import type { Service } from '@/payload-types'

type Choice = {
  source: 'featured' | 'picked' | 'filtered'
  picked: string[]
  modality: string | null
  goal: string | null
  limit: number
}

const modalityId = (service: Service) =>
  service.modality && typeof service.modality === 'object' ? service.modality.id : service.modality

/** The treatments a services block shows: featured, picked in the editor's order, or filtered. */
export function chooseServices<S extends Service>(services: S[], choice: Choice): S[] {
  const limit = Math.max(1, Math.min(12, Math.trunc(choice.limit) || 6))
  if (choice.source === 'picked') {
    const byId = new Map(services.map((service) => [service.id, service]))
    return choice.picked.flatMap((id) => byId.get(id) ?? []).slice(0, limit)
  }
  if (choice.source === 'filtered') {
    return services
      .filter((service) => !choice.modality || modalityId(service) === choice.modality)
      .filter((service) => !choice.goal || (service.goals ?? []).includes(choice.goal as never))
      .slice(0, limit)
  }
  return services.filter((service) => service.featured).slice(0, limit)
}
