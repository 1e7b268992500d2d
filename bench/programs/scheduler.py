# An object-oriented task scheduler in the style of the classic operating-system
# simulation benchmark: tasks of four kinds exchange packets through a scheduler that
# runs the highest-priority runnable task. Size N: number of scheduler runs.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    @property
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        return p

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.waiting = False
            packet.link = None
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.ident)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return self.scheduler.next_runnable(self)
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return self.scheduler.next_runnable(self)
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.count = self.count % 26 + 1
            packet.data[i] = self.count
        return self.scheduler.queue_packet(packet, self)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.device = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        work = self.work
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device
                if dev is not None:
                    self.device = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.queue_packet(dev, self)
            else:
                self.work = work.link
                return self.scheduler.queue_packet(work, self)
        self.waiting = True
        return self.scheduler.next_runnable(self)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                self.waiting = True
                return self.scheduler.next_runnable(self)
            self.pending = None
            return self.scheduler.queue_packet(p, self)
        self.pending = packet
        self.scheduler.holds += 1
        self.held = True
        return self.scheduler.next_runnable(self)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.queued = 0
        self.holds = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t

    def next_runnable(self, task):
        return task.link

    def queue_packet(self, packet, current):
        target = self.table[packet.ident]
        self.queued += 1
        packet.ident = current.ident
        return target.add_packet(packet, current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.held or t.waiting and t.queue is None:
                t = t.link
            else:
                t = t.run(t.take_packet())


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        q = Packet(None, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queued, s.holds


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    total_q = total_h = 0
    for _ in range(n):
        q, h = run_once(10000)
        total_q += q
        total_h += h
    print("queued", total_q, "holds", total_h)


main()
