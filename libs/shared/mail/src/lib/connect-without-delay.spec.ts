import { EventEmitter } from 'node:events';
import net from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { connectWithoutDelay } from './connect-without-delay';
import { isPermanentSmtpError } from './mail-transport';

type Outcome = { error: Error | null; socket?: Socket };
const connectTo = (options: Parameters<typeof connectWithoutDelay>[0]): Promise<Outcome> =>
  new Promise((resolve) =>
    connectWithoutDelay(options, (error, socketOptions) =>
      resolve({ error, socket: socketOptions?.connection }),
    ),
  );

describe('connectWithoutDelay (the SMTP connection nodemailer is given)', () => {
  it('hands over a connected socket to the host and port of the URL', async () => {
    const accepted: Socket[] = [];
    const server = net.createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const { error, socket } = await connectTo({ host: '127.0.0.1', port });

    expect(error).toBeNull();
    expect(socket?.remotePort).toBe(port);
    expect(socket?.readyState).toBe('open');
    socket?.destroy();
    for (const peer of accepted) peer.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reports a refused connection as an error the job retries, not a permanent refusal', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));

    const { error, socket } = await connectTo({ host: '127.0.0.1', port });

    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(socket).toBeUndefined();
    expect(isPermanentSmtpError(error)).toBe(false);
  });

  it('gives up after the connection timeout when the server never answers, and closes the socket', async () => {
    jest.useFakeTimers();
    const silent = Object.assign(new EventEmitter(), { destroy: jest.fn() });
    const connect = jest.spyOn(net, 'connect').mockReturnValue(silent as unknown as Socket);
    try {
      const outcome = connectTo({ host: 'mail.example.test', port: 2525, connectionTimeout: 5_000 });
      await jest.advanceTimersByTimeAsync(4_999);
      expect(silent.destroy).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);

      expect((await outcome).error).toMatchObject({ code: 'ETIMEDOUT' });
      expect(silent.destroy).toHaveBeenCalled();
      expect(connect).toHaveBeenCalledWith(
        expect.objectContaining({ host: 'mail.example.test', port: 2525, noDelay: true }),
      );
    } finally {
      connect.mockRestore();
      jest.useRealTimers();
    }
  });

  it('uses the port of smtps (465) or of submission (587) when the URL names none', async () => {
    const connect = jest
      .spyOn(net, 'connect')
      .mockImplementation(
        () => Object.assign(new EventEmitter(), { destroy: jest.fn() }) as unknown as Socket,
      );
    try {
      connectWithoutDelay({ host: 'mail.example.test', secure: true, connectionTimeout: 1 }, () => undefined);
      connectWithoutDelay({ host: 'mail.example.test', connectionTimeout: 1 }, () => undefined);
      expect(connect).toHaveBeenNthCalledWith(1, expect.objectContaining({ port: 465 }));
      expect(connect).toHaveBeenNthCalledWith(2, expect.objectContaining({ port: 587 }));
    } finally {
      connect.mockRestore();
    }
  });
});
