// A WebSocket that comes back: it reconnects with growing pauses after a drop (and at once when
// the browser is online again), and calls onOpen after every (re)connection so the page can catch
// up on what it missed over REST.
export class LiveSocket {

    constructor(url, { onFrame, onOpen = () => {}, heartbeatSeconds = 0 }) {
        this.url = url;
        this.onFrame = onFrame;
        this.onOpen = onOpen;
        this.heartbeatSeconds = heartbeatSeconds;
        this.retries = 0;
        this.closed = false;
        this.reconnectNow = () => { if (!this.socket) this.connect(); };
        window.addEventListener('online', this.reconnectNow);
    }

    connect() {
        this.closed = false;
        const socket = new WebSocket(location.origin.replace(/^http/, 'ws') + this.url());
        this.socket = socket;
        socket.onopen = () => {
            this.retries = 0;
            if (this.heartbeatSeconds) {
                this.heartbeat = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('ping'), this.heartbeatSeconds * 1000);
            }
            this.onOpen();
        };
        socket.onmessage = event => {
            try { this.onFrame(JSON.parse(event.data)); } catch { /* a frame this page does not know */ }
        };
        socket.onclose = () => {
            clearInterval(this.heartbeat);
            if (this.socket !== socket) return;
            this.socket = null;
            if (!this.closed) this.timer = setTimeout(() => this.connect(), Math.min(1000 * 2 ** this.retries++, 10000));
        };
        return this;
    }

    close() {
        this.closed = true;
        clearTimeout(this.timer);
        clearInterval(this.heartbeat);
        window.removeEventListener('online', this.reconnectNow);
        if (this.socket) this.socket.close();
        this.socket = null;
    }
}
