/**
 * A stopped instance lets go of nginx's kept-alive connections (src/config/drainOnStop.ts): every
 * answer from the stop on closes its connection, including the answer being given at that moment.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { drainOnStop } from '@/config/drainOnStop'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const undo of cleanup) undo()
  cleanup = []
})

it('closes each kept-alive connection after the answer in flight when the instance is stopped', async () => {
  cleanup.push(drainOnStop(['SIGUSR2']))
  let release: () => void = () => {}
  const server = http.createServer((request, response) => {
    if (request.url === '/slow') {
      response.writeHead(200, { 'Content-Type': 'text/plain' })
      response.write('half ')
      release = () => response.end('done')
      return
    }
    response.end('ok')
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(() => server.close())
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
  cleanup.push(() => agent.destroy())
  const get = (path: string) =>
    new Promise<{ connection?: string; body: string; socketClosed: Promise<void> }>(
      (resolve, reject) => {
        const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
          let body = ''
          const socket = response.socket
          const socketClosed = new Promise<void>((done) => socket.once('close', () => done()))
          response.on('data', (chunk: Buffer) => (body += chunk.toString()))
          response.on('end', () =>
            resolve({ connection: response.headers.connection, body, socketClosed }),
          )
        })
        request.on('error', reject)
      },
    )

  // Before the stop: connections are kept.
  expect((await get('/')).connection).toBe('keep-alive')
  // A slow answer is being sent when the stop comes; it finishes whole, then its connection closes.
  const slow = get('/slow')
  await new Promise((resolve) => setTimeout(resolve, 50))
  process.emit('SIGUSR2')
  release()
  const finished = await slow
  expect(finished.body).toBe('half done')
  await finished.socketClosed
  // A request after the stop, on a connection opened before it, is answered and closed.
  const after = await get('/')
  expect(after.body).toBe('ok')
  expect(after.connection).toBe('close')
  // Without the drain, the slow answer's connection stays open for the 60 s keep-alive.
}, 10_000)
