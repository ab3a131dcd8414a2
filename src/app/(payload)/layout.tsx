import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'
import { answerServerFunctionError, refuseUnknownServerFunction } from '@/api/serverFunctionErrors'
import { startPayload } from '@/config/startPayload'
import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  refuseUnknownServerFunction(args.name)
  await startPayload()
  try {
    return await handleServerFunctions({ ...args, config, importMap })
  } catch (error) {
    answerServerFunctionError(error)
  }
}

// Started here first, so the admin uses the instance that runs the job queue (see startPayload).
export default async function Layout({ children }: { children: ReactNode }) {
  await startPayload()
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
